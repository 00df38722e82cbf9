import type { ApiErrorCatalog } from '../catalog/types.js'

/**
 * Japanese copy for end users, in polite です/ます. Japanese has one plural form (`other`): a
 * count takes the counter 件 or 秒 and needs no other change.
 */
const ja: ApiErrorCatalog = {
  locale: 'ja',
  types: {
    Unauthorized: {
      title: 'セッションの有効期限が切れました',
      description: 'もう一度サインインして、続きから再開してください。',
    },
    Forbidden: {
      title: 'アクセス権限がありません',
      description: 'お使いのアカウントでは、この操作は許可されていません。管理者にアクセス権をリクエストしてください。',
    },
    PaymentRequired: {
      title: 'お支払いが必要です',
      description: 'この機能は現在のプランに含まれていません。アップグレードするか、お支払い情報を更新してください。',
    },
    QuotaExceeded: {
      title: '割り当て量の上限に達しました',
      description: '割り当て量をすべて使用しました。割り当て量を増やすか、プランをアップグレードしてください。',
    },
    LimitExceeded: {
      title: '許可されている上限を超えています',
      description: '引き上げることのできない固定の上限を超えています。項目数を減らすなどして、小さくしてください。',
    },
    PayloadTooLarge: {
      title: '送信するデータが大きすぎます',
      description:
        '送信しようとしている内容が大きすぎます。ファイルや内容のサイズを小さくして、もう一度お試しください。',
    },
    InvalidPayload: {
      title: '無効な情報があります',
      description: 'リクエストをこのままでは処理できませんでした。入力内容を確認して、もう一度お試しください。',
    },
    UnsupportedMediaType: {
      title: 'このファイル形式には対応していません',
      description: 'この種類のファイルは受け付けられません。別の形式でお試しください。',
    },
    MethodNotFound: {
      title: 'この操作は利用できません',
      description: 'この操作には対応していません。ページを再読み込みするか、アプリを更新してください。',
    },
    ResourceNotFound: {
      title: '見つからないか、アクセス権がありません',
      description:
        '削除または移動されたか、アクセス権がない可能性があります。リンクを確認するか、所有者にお問い合わせください。',
    },
    InvalidJsonSchema: {
      title: 'データ構造が無効です',
      description: '指定された構造の定義にエラーがあります。修正して、もう一度お試しください。',
    },
    InvalidDataFormat: {
      title: '確認が必要な項目があります',
      description: '一部の値が想定された形式と一致しません。強調表示された項目を修正して、もう一度お試しください。',
    },
    InvalidIdentifier: {
      title: 'この識別子は使用できません',
      description: '識別子のつづりを確認し、使用できる文字だけを使ってください。',
    },
    RelationConflict: {
      title: 'これらの項目は組み合わせられません',
      description: '選択した項目どうしは関連付けられていません。選択内容を確認してください。',
    },
    ReferenceConstraint: {
      title: '他の場所で使用中です',
      description: '他の項目から参照されているため、削除できません。先にリンクを解除してください。',
    },
    ReferenceNotFound: {
      title: 'リンクされた項目が見つかりません',
      description: 'このリクエストが参照しているものは、すでに存在しません。別の項目を選んで、もう一度お試しください。',
    },
    InvalidQuery: {
      title: '検索条件またはフィルターが無効です',
      description: '現在の検索やフィルターの設定は使用できません。設定を調整して、もう一度お試しください。',
    },
    Runtime: {
      title: '処理を実行できませんでした',
      description: '処理中に問題が発生しました。繰り返し発生する場合は、サポートにお問い合わせください。',
    },
    AlreadyExists: {
      title: 'すでに存在します',
      description: '同じ名前または識別子の項目がすでに存在します。別のものを使用してください。',
    },
    RateLimited: {
      title: 'リクエストが多すぎます',
      description: '操作が少し速すぎるようです。しばらく待ってから、もう一度お試しください。',
    },
    BreakingChanges: {
      title: '互換性のない変更です',
      description:
        '現在のバージョンに依存するものが動かなくなります。新しいバージョンを作成するか、互換性のある変更にしてください。',
    },
    ResourceLockedConflict: {
      title: 'この項目はロックされています',
      description: 'この項目は現在、別の場所で変更されています。しばらくしてから、もう一度お試しください。',
    },
    Unknown: {
      title: '問題が発生しました',
      description: '予期しないエラーが発生しました。もう一度お試しください。',
    },
    Internal: {
      title: 'こちら側で問題が発生しました',
      description:
        'サーバーでエラーが発生しました。お客様の操作による問題ではありません。しばらくしてから、もう一度お試しください。',
    },
    Conflict: {
      title: '変更が競合しています',
      description: 'この項目は、開いた後に変更されました。再読み込みしてから、もう一度変更してください。',
    },
    Unavailable: {
      title: 'サービスを一時的に利用できません',
      description: 'サービスが停止中か混雑しています。数分後にもう一度お試しください。',
    },
    Timeout: {
      title: '応答に時間がかかりすぎました',
      description: 'サーバーから時間内に応答がありませんでした。もう一度お試しください。',
    },
    Network: {
      title: '接続に問題があります',
      description: 'サーバーに接続できませんでした。インターネット接続を確認して、もう一度お試しください。',
    },
  },
  actions: {
    retry: '再試行',
    signIn: 'サインイン',
    upgrade: 'アップグレード',
    raiseQuota: '割り当て量を増やす',
    requestAccess: 'アクセスをリクエスト',
    contactSupport: 'サポートに問い合わせる',
    dismiss: '閉じる',
    cancel: 'キャンセル',
  },
  retryCountdown: '{seconds}秒後に再試行します',
  retryAnnouncement: { other: '{seconds}秒後に自動的に再試行します。' },
  retryWait: '{seconds}秒後に再試行できます',
  retryWaitAnnouncement: { other: '{seconds}秒後に再試行できるようになります。' },
  reference: '参照 ID: {id}',
  serverDetail: '詳細: {detail}',
  severity: { error: 'エラー', warning: '警告', info: 'お知らせ' },
  severityLabel: '{severity}:',
  reauth: {
    title: 'サインインして続行',
    description: 'もう一度サインインしてください。このページに入力した内容はそのまま残ります。',
    signIn: 'サインイン',
    cancel: 'キャンセル',
    failed: 'サインインが完了しませんでした。もう一度お試しください。',
  },
  fieldErrorsTitle: { other: '修正が必要な項目: {count}件' },
  fieldSeparator: ': ',
  offline: {
    title: 'オフラインです',
    description: '接続を確認してください。変更は保存され、オンラインに戻ると送信されます。',
    pending: { other: '送信待ちの変更: {count}件' },
    restored: 'オンラインに戻りました。変更を送信しました。',
  },
}

export default ja
