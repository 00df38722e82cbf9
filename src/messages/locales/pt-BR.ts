import type { ApiErrorCatalog } from '../catalog/types.js'

/**
 * Brazilian Portuguese copy for end users, with «você». Portuguese counts 0 and 1 as singular
 * (`one`), and says «de» before the noun from a million on (`many`). A no-break space (U+00A0)
 * keeps a number and its unit together.
 */
const ptBR: ApiErrorCatalog = {
  locale: 'pt-BR',
  types: {
    Unauthorized: {
      title: 'Sua sessão expirou',
      description: 'Entre novamente para continuar de onde parou.',
    },
    Forbidden: {
      title: 'Você não tem permissão',
      description: 'Sua conta não pode fazer isso. Peça acesso a um administrador.',
    },
    PaymentRequired: {
      title: 'Pagamento necessário',
      description:
        'Isso não está incluído no seu plano atual. Faça upgrade ou atualize seus dados de pagamento para continuar.',
    },
    QuotaExceeded: {
      title: 'Cota atingida',
      description: 'Você usou toda a sua cota para isso. Aumente a cota ou faça upgrade do plano para continuar.',
    },
    LimitExceeded: {
      title: 'Acima do máximo permitido',
      description:
        'Isso ultrapassa um limite fixo que não pode ser aumentado. Reduza o tamanho, por exemplo, enviando menos itens.',
    },
    PayloadTooLarge: {
      title: 'Dados demais para enviar',
      description:
        'O que você está enviando é grande demais. Reduza o tamanho do arquivo ou do conteúdo e tente novamente.',
    },
    InvalidPayload: {
      title: 'Algumas informações não são válidas',
      description:
        'Não foi possível processar sua solicitação como foi enviada. Confira o que você digitou e tente novamente.',
    },
    UnsupportedMediaType: {
      title: 'Tipo de arquivo não suportado',
      description: 'Este tipo de arquivo ou conteúdo não é aceito. Tente novamente com outro formato.',
    },
    MethodNotFound: {
      title: 'Esta ação não está disponível',
      description: 'O serviço não oferece suporte a esta ação. Recarregue a página ou atualize o app.',
    },
    ResourceNotFound: {
      title: 'Não encontrado ou sem acesso',
      description:
        'Este item pode ter sido excluído ou movido, ou você pode não ter acesso a ele. Confira o link ou fale com o responsável.',
    },
    InvalidJsonSchema: {
      title: 'Estrutura de dados inválida',
      description: 'A definição de estrutura que você forneceu tem erros. Corrija e tente novamente.',
    },
    InvalidDataFormat: {
      title: 'Alguns campos precisam de atenção',
      description: 'Alguns valores não estão no formato esperado. Corrija os campos destacados e tente novamente.',
    },
    InvalidIdentifier: {
      title: 'Identificador não permitido',
      description: 'Confira a grafia do identificador e use apenas os caracteres permitidos. Depois, tente novamente.',
    },
    RelationConflict: {
      title: 'Esses itens não estão relacionados',
      description: 'Os itens selecionados não estão vinculados entre si. Confira sua seleção e tente novamente.',
    },
    ReferenceConstraint: {
      title: 'Ainda em uso em outro lugar',
      description: 'Este item não pode ser excluído porque outros itens dependem dele. Remova esses vínculos primeiro.',
    },
    ReferenceNotFound: {
      title: 'Um item vinculado está faltando',
      description: 'Algo a que esta solicitação se refere não existe mais. Escolha outro item e tente novamente.',
    },
    InvalidQuery: {
      title: 'Busca ou filtro inválido',
      description: 'As configurações de busca ou filtro não podem ser usadas como estão. Ajuste-as e tente novamente.',
    },
    Runtime: {
      title: 'Falha ao executar um processo',
      description:
        'Algo falhou enquanto sua solicitação era processada. Se isso continuar acontecendo, fale com o suporte.',
    },
    AlreadyExists: {
      title: 'Já existe',
      description: 'Já existe um item com o mesmo nome ou identificador. Use outro.',
    },
    RateLimited: {
      title: 'Muitas solicitações',
      description: 'Você está indo um pouco rápido. Aguarde um momento antes de tentar novamente.',
    },
    BreakingChanges: {
      title: 'Alteração incompatível',
      description:
        'Esta alteração quebraria o que depende da versão atual. Crie uma nova versão ou faça uma alteração compatível.',
    },
    ResourceLockedConflict: {
      title: 'Item bloqueado',
      description: 'Este item está sendo alterado em outro lugar agora. Tente novamente em instantes.',
    },
    Unknown: {
      title: 'Algo deu errado',
      description: 'Ocorreu um erro inesperado. Tente novamente.',
    },
    Internal: {
      title: 'Um problema do nosso lado',
      description: 'O servidor encontrou um erro. A culpa não é sua; tente novamente daqui a pouco.',
    },
    Conflict: {
      title: 'Alterações em conflito',
      description:
        'Este item mudou desde que você o abriu. Recarregue para ver a versão mais recente e faça sua alteração de novo.',
    },
    Unavailable: {
      title: 'Serviço temporariamente indisponível',
      description: 'O serviço está fora do ar ou sobrecarregado no momento. Tente novamente em alguns minutos.',
    },
    Timeout: {
      title: 'Isso demorou demais',
      description: 'O servidor não respondeu a tempo. Tente novamente.',
    },
    Network: {
      title: 'Problema de conexão',
      description: 'Não conseguimos acessar o servidor. Verifique sua conexão com a internet e tente novamente.',
    },
  },
  actions: {
    retry: 'Tentar novamente',
    signIn: 'Entrar',
    upgrade: 'Fazer upgrade',
    raiseQuota: 'Aumentar cota',
    requestAccess: 'Solicitar acesso',
    contactSupport: 'Falar com o suporte',
    dismiss: 'Fechar',
    cancel: 'Cancelar',
  },
  retryCountdown: 'Nova tentativa em {seconds}\u00a0s',
  retryAnnouncement: {
    one: 'Nova tentativa automática em {seconds}\u00a0segundo.',
    many: 'Nova tentativa automática em {seconds} de segundos.',
    other: 'Nova tentativa automática em {seconds}\u00a0segundos.',
  },
  retryWait: 'Você pode tentar de novo em {seconds}\u00a0s',
  retryWaitAnnouncement: {
    one: 'Você pode tentar novamente em {seconds}\u00a0segundo.',
    many: 'Você pode tentar novamente em {seconds} de segundos.',
    other: 'Você pode tentar novamente em {seconds}\u00a0segundos.',
  },
  reference: 'Referência: {id}',
  serverDetail: 'Detalhes: {detail}',
  severity: { error: 'Erro', warning: 'Atenção', info: 'Aviso' },
  severityLabel: '{severity}:',
  reauth: {
    title: 'Entre para continuar',
    description: 'Sua sessão expirou. Entre novamente; o que você digitou nesta página será mantido.',
    signIn: 'Entrar',
    cancel: 'Cancelar',
    failed: 'O login não foi concluído. Tente de novo.',
  },
  fieldErrorsTitle: {
    one: 'Problema a corrigir: {count}',
    many: 'Problemas a corrigir: {count}',
    other: 'Problemas a corrigir: {count}',
  },
  fieldSeparator: ': ',
  offline: {
    title: 'Você está off-line',
    description:
      'Verifique sua conexão. O que você alterar agora será mantido e enviado quando você estiver on-line de novo.',
    pending: {
      one: '{count}\u00a0alteração aguardando envio',
      many: '{count} de alterações aguardando envio',
      other: '{count}\u00a0alterações aguardando envio',
    },
    restored: 'Você está on-line de novo. Suas alterações foram enviadas.',
  },
}

export default ptBR
