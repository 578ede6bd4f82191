import type { Words } from './types';

// Wish serves Brazil (locale pt_BR, seen in its cookies), but its Portuguese labels were not
// found in public material: every word here is inferred (Brazilian first, then European).
export const pt: Words = {
  lang: 'pt',
  sources: {},
  account: ['conta', 'minha conta', 'sua conta', 'perfil', 'meu perfil', 'menu da conta', 'menu de conta', 'menu do usuário'],
  greeting: ['olá', 'oi', 'bem vindo', 'bem vinda', 'bem vindo de volta', 'bom dia', 'boa tarde', 'boa noite'],
  signIn: ['Entrar', 'Fazer login', 'Iniciar sessão', 'Entrar / Cadastrar', 'Entrar ou cadastrar-se', 'Login'],
  register: ['criar conta', 'criar uma conta', 'cadastre se', 'cadastrar', 'registar', 'registrar'],
  customerSupport: ['Atendimento ao cliente', 'Suporte ao cliente', 'Central de atendimento', 'Apoio ao cliente'],
  /** Generic words for help: they count only when no entry says customer support. */
  supportGeneric: ['Suporte', 'Ajuda', 'Ajuda e suporte', 'Fale conosco'],
  orderHistory: ['Histórico de pedidos', 'Meus pedidos', 'Pedidos', 'Seus pedidos', 'As minhas encomendas', 'Encomendas'],
  wishCash: ['Wish Cash'],
  settings: ['Configurações', 'Definições', 'Configurações da conta'],
  faq: ['Perguntas frequentes', 'FAQ', 'Central de ajuda', 'Centro de ajuda'],
  logOut: ['Sair', 'Terminar sessão', 'Desconectar'],
  contactSupport: ['Entrar em contato com o suporte', 'Contatar o suporte', 'Contactar o apoio ao cliente', 'Falar com o suporte'],
  getHelp: ['Obter ajuda', 'Precisa de ajuda?', 'Ajuda com este pedido', 'Relatar um problema'],
  wishAssistant: ['Assistente Wish', 'Assistente da Wish', 'Assistente virtual', 'Chat'],
  myAccount: ['Minha conta', 'Conta', 'Problemas com a conta', 'A minha conta', 'Conta e perfil'],
  paymentIssues: ['Problemas de pagamento', 'Pagamentos', 'Problema com o pagamento', 'Cobranças', 'Faturamento'],
  orderTopic: ['Um pedido', 'Meu pedido', 'Onde está meu pedido?', 'Problemas com um pedido', 'Envio e entrega'],
  somethingElse: ['Outra coisa', 'Outro', 'Outros', 'Outros assuntos', 'Nenhuma dessas opções', 'Algo mais'],
  contactAgent: ['Falar com um agente de suporte', 'Falar com um agente', 'Contatar um agente', 'Falar com um atendente', 'Conversar com um atendente'],
  person: ['agente', 'um agente', 'atendente', 'um atendente', 'pessoa', 'uma pessoa', 'humano', 'alguém', 'representante', 'operador', 'consultor', 'equipe de suporte', 'equipa de apoio', 'chat ao vivo', 'especialista'],
  yes: ['Sim', 'Sim, por favor', 'Sim por favor', 'Claro', 'OK', 'Pode ser'],
  send: ['Enviar email', 'Enviar e-mail', 'Enviar', 'Enviar mensagem'],
  messageField: ['Mensagem', 'Sua mensagem', 'Digite uma mensagem', 'Escreva sua mensagem', 'Descreva seu problema', 'Como podemos ajudar?'],
};
