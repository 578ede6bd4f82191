import type { Words } from './types';

// Wish's Spanish interface was not found in public material: every word here is inferred.
export const es: Words = {
  lang: 'es',
  sources: {},
  account: ['cuenta', 'mi cuenta', 'tu cuenta', 'perfil', 'mi perfil', 'menú de cuenta', 'menú de la cuenta', 'menú de usuario'],
  greeting: ['hola', 'bienvenido', 'bienvenida', 'bienvenido de nuevo', 'buenos días', 'buenas tardes', 'buenas noches'],
  signIn: ['Iniciar sesión', 'Acceder', 'Entrar', 'Iniciar sesión / Registrarse', 'Inicia sesión'],
  register: ['crear cuenta', 'crear una cuenta', 'registrarse', 'regístrate', 'registro'],
  customerSupport: ['Atención al cliente', 'Servicio al cliente', 'Soporte al cliente'],
  /** Generic words for help: they count only when no entry says customer support. */
  supportGeneric: ['Soporte', 'Ayuda', 'Ayuda y soporte', 'Asistencia', 'Contáctanos', 'Contacto'],
  orderHistory: ['Historial de pedidos', 'Mis pedidos', 'Pedidos', 'Tus pedidos'],
  wishCash: ['Wish Cash'],
  settings: ['Configuración', 'Ajustes', 'Configuración de la cuenta'],
  faq: ['Preguntas frecuentes', 'FAQ', 'Centro de ayuda'],
  logOut: ['Cerrar sesión', 'Salir'],
  contactSupport: ['Contactar con soporte', 'Contactar con el servicio de atención al cliente', 'Contactar al soporte', 'Contactar con atención al cliente'],
  getHelp: ['Obtener ayuda', '¿Necesitas ayuda?', 'Ayuda con este pedido', 'Informar de un problema'],
  wishAssistant: ['Asistente de Wish', 'Asistente Wish', 'Asistente virtual', 'Asistente de soporte', 'Chat'],
  myAccount: ['Mi cuenta', 'Cuenta', 'Problemas con la cuenta', 'Cuenta y perfil'],
  paymentIssues: ['Problemas de pago', 'Pagos', 'Problema con el pago', 'Facturación', 'Cobros'],
  orderTopic: ['Un pedido', 'Mi pedido', '¿Dónde está mi pedido?', 'Problemas con un pedido', 'Envío y entrega'],
  somethingElse: ['Otra cosa', 'Otro', 'Otros', 'Otros problemas', 'Ninguna de estas', 'Algo más'],
  contactAgent: ['Contactar con un agente de soporte', 'Contactar con un agente', 'Hablar con un agente', 'Chatear con un agente', 'Hablar con un asesor'],
  person: ['agente', 'un agente', 'asesor', 'asesora', 'un asesor', 'persona', 'una persona', 'humano', 'alguien', 'representante', 'operador', 'operadora', 'equipo de soporte', 'chat en vivo', 'especialista'],
  yes: ['Sí', 'Sí, por favor', 'Sí por favor', 'Claro', 'Vale', 'OK', 'De acuerdo'],
  send: ['Enviar correo', 'Enviar email', 'Enviar', 'Enviar mensaje'],
  messageField: ['Mensaje', 'Tu mensaje', 'Escribe un mensaje', 'Escribe tu mensaje', 'Describe tu problema', '¿Cómo podemos ayudarte?'],
};
