import type { OrderLabels } from './types';

// Wish's Portuguese interface (pt_BR is one of its locales: WISH-SITE.md) was not found in
// public material: every word here is inferred (Brazilian first, then European variants).
export const pt: OrderLabels = {
  lang: 'pt',
  orderId:
    'ID do pedido|Número do pedido|N.º do pedido|Nº do pedido|Pedido nº|Pedido|Encomenda n.º|Encomenda nº|N.º da encomenda|Número da encomenda|ID da encomenda|Encomenda',
  transactionId: 'ID da transação|Número da transação|Transação',
  tracking:
    'Código de rastreamento|Número de rastreamento|Código de rastreio|Rastreamento|Rastreio|Número de seguimento|Seguimento',
  productId: 'ID do produto',
  orderDate: 'Data do pedido|Pedido em|Feito em|Realizado em|Data da encomenda|Encomendado em|Data',
  total: 'Total|Total do pedido|Total da encomenda|Valor|Valor total',
  status: 'Status|Status do pedido|Situação|Estado',
  deliveryEstimate: 'Entrega estimada|Previsão de entrega|Chegada estimada|Entrega prevista',
  refundEligibleDate: 'Data de elegibilidade para reembolso|Data máxima de entrega',
  quantity: 'Quantidade|Qtd|Qtde',
  months:
    'janeiro jan|fevereiro fev|marco mar|abril abr|maio mai|junho jun|julho jul|agosto ago|setembro set|outubro out|novembro nov|dezembro dez',
  statuses: {
    PENDING: 'Pendente|Em processamento|Processando',
    APPROVED: 'Aprovado|Confirmado',
    SHIPPED: 'Enviado|Em trânsito|A caminho|Saiu para entrega',
    DELIVERED: 'Entregue',
    REFUNDED: 'Reembolsado',
    DECLINED: 'Recusado|Pagamento recusado',
    CANCELLED: 'Cancelado',
    DELAYING: 'Atrasado|Em atraso',
    REQUIRE_REVIEW: 'Em análise',
  },
  rangeWords: 'a|ate',
  dayFirst: true,
};
