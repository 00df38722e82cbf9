import type { ApiErrorCatalog } from './types.js'

/**
 * Modern Standard Arabic copy for end users, written right to left (components set `dir="rtl"`
 * for it). Arabic punctuation (، ؛) inside sentences; ids and server text are isolated by the
 * components, so Latin text and numbers stay readable. Counts use all six plural forms: 0, 1 and
 * 2 are said in words (واحدة، ثانيتان), 3–10 take the plural, 11–99 and 100+ the singular.
 */
const ar: ApiErrorCatalog = {
  locale: 'ar',
  types: {
    Unauthorized: {
      title: 'انتهت صلاحية جلستك',
      description: 'سجّل الدخول مرة أخرى لتتابع من حيث توقفت.',
    },
    Forbidden: {
      title: 'ليس لديك إذن',
      description: 'لا يُسمح لحسابك بتنفيذ هذا الإجراء. اطلب من المسؤول منحك حق الوصول.',
    },
    PaymentRequired: {
      title: 'الدفع مطلوب',
      description: 'هذه الميزة غير مضمّنة في خطتك الحالية. قم بالترقية أو حدّث بيانات الدفع للمتابعة.',
    },
    QuotaExceeded: {
      title: 'تم بلوغ الحصة',
      description: 'لقد استهلكت حصتك بالكامل. ارفع حصتك أو قم بترقية خطتك للمتابعة.',
    },
    LimitExceeded: {
      title: 'تجاوزت الحد الأقصى المسموح به',
      description: 'هذا يتجاوز حدًا ثابتًا لا يمكن رفعه. قلّل الحجم، مثلًا بإرسال عناصر أقل.',
    },
    PayloadTooLarge: {
      title: 'البيانات المرسلة كبيرة جدًا',
      description: 'ما تحاول إرساله كبير جدًا. قلّل حجم الملف أو المحتوى ثم أعد المحاولة.',
    },
    InvalidPayload: {
      title: 'بعض المعلومات غير صالحة',
      description: 'تعذّرت معالجة طلبك كما أُرسل. تحقّق مما أدخلته ثم أعد المحاولة.',
    },
    UnsupportedMediaType: {
      title: 'نوع الملف غير مدعوم',
      description: 'هذا النوع من الملفات أو المحتوى غير مقبول. أعد المحاولة بتنسيق آخر.',
    },
    MethodNotFound: {
      title: 'هذا الإجراء غير متاح',
      description: 'لا تدعم الخدمة هذا الإجراء. أعد تحميل الصفحة أو حدّث التطبيق.',
    },
    ResourceNotFound: {
      title: 'غير موجود أو لا تملك صلاحية الوصول',
      description: 'ربما حُذف هذا العنصر أو نُقل، أو ربما لا تملك صلاحية الوصول إليه. تحقّق من الرابط أو اسأل مالكه.',
    },
    InvalidJsonSchema: {
      title: 'بنية البيانات غير صالحة',
      description: 'يحتوي تعريف البنية الذي قدّمته على أخطاء. صحّحه ثم أعد المحاولة.',
    },
    InvalidDataFormat: {
      title: 'بعض الحقول تحتاج إلى مراجعة',
      description: 'بعض القيم لا تطابق التنسيق المتوقع. صحّح الحقول المميّزة ثم أعد المحاولة.',
    },
    InvalidIdentifier: {
      title: 'المعرّف غير مسموح به',
      description: 'تحقّق من كتابة المعرّف واستخدم الأحرف المسموح بها فقط، ثم أعد المحاولة.',
    },
    RelationConflict: {
      title: 'هذه العناصر غير مترابطة',
      description: 'العناصر التي اخترتها غير مرتبطة ببعضها. تحقّق من اختيارك ثم أعد المحاولة.',
    },
    ReferenceConstraint: {
      title: 'لا يزال مستخدمًا في مكان آخر',
      description: 'لا يمكن حذف هذا العنصر لأن عناصر أخرى تعتمد عليه. أزل هذه الروابط أولًا.',
    },
    ReferenceNotFound: {
      title: 'عنصر مرتبط مفقود',
      description: 'شيء يشير إليه هذا الطلب لم يعد موجودًا. اختر عنصرًا آخر ثم أعد المحاولة.',
    },
    InvalidQuery: {
      title: 'البحث أو عامل التصفية غير صالح',
      description: 'لا يمكن استخدام إعدادات البحث أو التصفية كما هي. عدّلها ثم أعد المحاولة.',
    },
    Runtime: {
      title: 'تعذّر تشغيل إحدى العمليات',
      description: 'حدث خطأ أثناء معالجة طلبك. إذا تكرر ذلك، فتواصل مع الدعم.',
    },
    AlreadyExists: {
      title: 'موجود بالفعل',
      description: 'يوجد عنصر بالاسم أو المعرّف نفسه. استخدم اسمًا أو معرّفًا آخر.',
    },
    RateLimited: {
      title: 'طلبات كثيرة جدًا',
      description: 'طلباتك سريعة بعض الشيء. انتظر لحظة قبل إعادة المحاولة.',
    },
    BreakingChanges: {
      title: 'تغيير غير متوافق',
      description: 'سيؤدي هذا التغيير إلى تعطيل ما يعتمد على الإصدار الحالي. أنشئ إصدارًا جديدًا أو أجرِ تغييرًا متوافقًا.',
    },
    ResourceLockedConflict: {
      title: 'العنصر مقفل',
      description: 'يجري تعديل هذا العنصر في مكان آخر الآن. أعد المحاولة بعد لحظات.',
    },
    Unknown: {
      title: 'حدث خطأ ما',
      description: 'حدث خطأ غير متوقع. يُرجى إعادة المحاولة.',
    },
    Internal: {
      title: 'مشكلة من جانبنا',
      description: 'واجه الخادم خطأً. هذا ليس خطأك؛ يُرجى إعادة المحاولة بعد قليل.',
    },
    Conflict: {
      title: 'تغييرات متعارضة',
      description: 'تغيّر هذا العنصر منذ أن فتحته. أعد تحميله لرؤية أحدث إصدار، ثم أجرِ تغييرك مرة أخرى.',
    },
    Unavailable: {
      title: 'الخدمة غير متاحة مؤقتًا',
      description: 'الخدمة متوقفة أو مشغولة حاليًا. أعد المحاولة بعد بضع دقائق.',
    },
    Timeout: {
      title: 'استغرق الأمر وقتًا طويلًا',
      description: 'لم يستجب الخادم في الوقت المحدد. أعد المحاولة.',
    },
    Network: {
      title: 'مشكلة في الاتصال',
      description: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
    },
  },
  actions: {
    retry: 'إعادة المحاولة',
    signIn: 'تسجيل الدخول',
    upgrade: 'ترقية',
    raiseQuota: 'رفع الحصة',
    requestAccess: 'طلب الوصول',
    contactSupport: 'التواصل مع الدعم',
    dismiss: 'إغلاق',
    cancel: 'إلغاء',
  },
  retryCountdown: 'إعادة المحاولة خلال {seconds} ث',
  retryAnnouncement: {
    zero: 'ستُعاد المحاولة تلقائيًا الآن.',
    one: 'ستُعاد المحاولة تلقائيًا بعد ثانية واحدة.',
    two: 'ستُعاد المحاولة تلقائيًا بعد ثانيتين.',
    few: 'ستُعاد المحاولة تلقائيًا بعد {seconds} ثوانٍ.',
    many: 'ستُعاد المحاولة تلقائيًا بعد {seconds} ثانية.',
    other: 'ستُعاد المحاولة تلقائيًا بعد {seconds} ثانية.',
  },
  retryWait: 'يمكنك إعادة المحاولة خلال {seconds} ث',
  retryWaitAnnouncement: {
    zero: 'يمكنك إعادة المحاولة الآن.',
    one: 'يمكنك إعادة المحاولة بعد ثانية واحدة.',
    two: 'يمكنك إعادة المحاولة بعد ثانيتين.',
    few: 'يمكنك إعادة المحاولة بعد {seconds} ثوانٍ.',
    many: 'يمكنك إعادة المحاولة بعد {seconds} ثانية.',
    other: 'يمكنك إعادة المحاولة بعد {seconds} ثانية.',
  },
  reference: 'المرجع: {id}',
  serverDetail: 'التفاصيل: {detail}',
  severity: { error: 'خطأ', warning: 'تحذير', info: 'ملاحظة' },
  severityLabel: '{severity}:',
  reauth: {
    title: 'سجّل الدخول للمتابعة',
    description: 'انتهت صلاحية جلستك. سجّل الدخول مرة أخرى؛ سيُحتفظ بما أدخلته في هذه الصفحة.',
    signIn: 'تسجيل الدخول',
    cancel: 'إلغاء',
  },
  upgrade: {
    paymentTitle: 'قم بالترقية للمتابعة',
    paymentDescription: 'يتطلب هذا خطة مدفوعة أو وسيلة دفع محدّثة. قم بالترقية أو حدّث بيانات الفوترة.',
    quotaTitle: 'لقد بلغت حصتك',
    quotaDescription: 'استُهلكت حصة خطتك. ارفع حصتك أو قم بترقية خطتك للمتابعة.',
    limitTitle: 'تم بلوغ الحد الأقصى',
    limitDescription: 'هذا حد ثابت لا تغيّره الترقية. قلّل حجم الطلب، مثلًا بتقسيمه إلى أجزاء.',
  },
  fieldErrorsTitle: {
    zero: 'لا توجد مشكلات يجب إصلاحها',
    one: 'مشكلة واحدة يجب إصلاحها',
    two: 'مشكلتان يجب إصلاحهما',
    few: '{count} مشكلات يجب إصلاحها',
    many: '{count} مشكلة يجب إصلاحها',
    other: '{count} مشكلة يجب إصلاحها',
  },
  fieldSeparator: ': ',
  offline: {
    title: 'أنت غير متصل بالإنترنت',
    description: 'تحقّق من اتصالك. ما تغيّره الآن محفوظ وسيُرسل عند عودة الاتصال.',
    pending: {
      zero: 'لا توجد تغييرات بانتظار الإرسال',
      one: 'تغيير واحد بانتظار الإرسال',
      two: 'تغييران بانتظار الإرسال',
      few: '{count} تغييرات بانتظار الإرسال',
      many: '{count} تغييرًا بانتظار الإرسال',
      other: '{count} تغيير بانتظار الإرسال',
    },
    restored: 'عاد الاتصال بالإنترنت. أُرسلت تغييراتك.',
  },
}

export default ar
