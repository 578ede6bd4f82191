import type { OrderLabels } from './types';

// Wish's Spanish interface was not found in public material: every word here is inferred
// (the usual words of Spanish-language shops' order pages).
export const es: OrderLabels = {
  lang: 'es',
  orderId: 'ID del pedido|ID de pedido|Número de pedido|Número del pedido|N.º de pedido|Nº de pedido|Pedido',
  transactionId: 'ID de transacción|Número de transacción|ID de la transacción|Transacción',
  tracking: 'Número de seguimiento|Código de seguimiento|N.º de seguimiento|Seguimiento',
  productId: 'ID del producto|ID de producto',
  orderDate: 'Fecha del pedido|Fecha de pedido|Pedido el|Realizado el|Fecha',
  total: 'Total|Total del pedido|Importe|Monto|Importe total',
  status: 'Estado|Estado del pedido|Estado del envío',
  deliveryEstimate: 'Entrega estimada|Llegada estimada|Fecha estimada de entrega',
  refundEligibleDate: 'Fecha de elegibilidad para reembolso|Fecha máxima de entrega',
  quantity: 'Cantidad|Cant',
  months:
    'enero ene|febrero feb|marzo mar|abril abr|mayo may|junio jun|julio jul|agosto ago|septiembre setiembre sep sept set|octubre oct|noviembre nov|diciembre dic',
  statuses: {
    PENDING: 'Pendiente|En proceso|Procesando',
    APPROVED: 'Aprobado|Confirmado',
    SHIPPED: 'Enviado|En tránsito|En camino',
    DELIVERED: 'Entregado',
    REFUNDED: 'Reembolsado',
    DECLINED: 'Rechazado|Pago rechazado',
    CANCELLED: 'Cancelado',
    DELAYING: 'Retrasado|Con retraso',
    REQUIRE_REVIEW: 'En revisión',
  },
  rangeWords: 'al|a|hasta',
  dayFirst: true,
};
