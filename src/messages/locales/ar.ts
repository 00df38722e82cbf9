import type { ApiErrorCatalog } from '../catalog/types.js'

/**
 * Modern Standard Arabic copy for end users, written right to left (components set `dir="rtl"`
 * for it). Arabic punctuation (، ؛) inside sentences, few diacritics, as in product UI; ids and server text are isolated by the
 * components, so Latin text and numbers stay readable. Counts use all six plural forms: 0, 1 and
 * 2 are said in words (واحدة، ثانيتان), 3–10 take the plural, 11–99 and 100+ the singular.
 */
const ar: ApiErrorCatalog = {
  locale: 'ar',
  types: {
    Unauthorized: {
      title: 'انتهت صلاحية جلستك',
      description: 'سجل الدخول مجددًا لتتابع من حيث توقفت.',
    },
    Forbidden: {
      title: 'ليس لديك إذن',
      description: 'لا يسمح حسابك بهذا. اطلب الوصول من المسؤول.',
    },
    PaymentRequired: {
      title: 'الدفع مطلوب',
      description: 'هذا غير مضمن في خطتك. قم بالترقية أو حدث بيانات الدفع.',
    },
    QuotaExceeded: {
      title: 'تم بلوغ الحصة',
      description: 'استهلكت حصتك. ارفع حصتك أو قم بترقية خطتك.',
    },
    LimitExceeded: {
      title: 'تجاوزت الحد الأقصى المسموح',
      description: 'هذا يتجاوز حدًا ثابتًا لا يمكن رفعه. قلل الحجم، مثلًا بإرسال عناصر أقل.',
    },
    PayloadTooLarge: {
      title: 'البيانات المرسلة كبيرة جدًا',
      description: 'ما ترسله كبير جدًا. قلل حجم الملف أو المحتوى.',
    },
    InvalidPayload: {
      title: 'بعض المعلومات غير صالحة',
      description: 'تعذرت معالجة طلبك. تحقق مما أدخلته ثم أعد المحاولة.',
    },
    UnsupportedMediaType: {
      title: 'نوع الملف غير مدعوم',
      description: 'هذا النوع من الملفات غير مقبول. جرب تنسيقًا آخر.',
    },
    MethodNotFound: {
      title: 'هذا الإجراء غير متاح',
      description: 'الخدمة لا تدعم هذا الإجراء. حدث الصفحة أو التطبيق.',
    },
    ResourceNotFound: {
      title: 'غير موجود أو لا تملك صلاحية الوصول',
      description: 'ربما حذف أو نقل، أو لا تملك صلاحية الوصول إليه. تحقق من الرابط.',
    },
    InvalidJsonSchema: {
      title: 'بنية البيانات غير صالحة',
      description: 'تعريف البنية فيه أخطاء. صححه.',
    },
    InvalidDataFormat: {
      title: 'بعض الحقول تحتاج إلى مراجعة',
      description: 'بعض القيم بتنسيق غير متوقع. صحح الحقول المميزة.',
    },
    InvalidIdentifier: {
      title: 'المعرف غير مسموح به',
      description: 'استخدم الأحرف المسموح بها فقط في المعرف.',
    },
    RelationConflict: {
      title: 'هذه العناصر غير مترابطة',
      description: 'العناصر المختارة غير مرتبطة. راجع اختيارك.',
    },
    ReferenceConstraint: {
      title: 'لا يزال مستخدمًا في مكان آخر',
      description: 'لا يمكن حذفه لأن عناصر أخرى تعتمد عليه.',
    },
    ReferenceNotFound: {
      title: 'عنصر مرتبط مفقود',
      description: 'عنصر مرتبط بالطلب لم يعد موجودًا. اختر غيره.',
    },
    InvalidQuery: {
      title: 'البحث أو التصفية غير صالحة',
      description: 'لا يمكن استخدام إعدادات البحث أو التصفية كما هي. عدلها.',
    },
    Runtime: {
      title: 'تعذر تشغيل إحدى العمليات',
      description: 'تعذر إكمال طلبك. إن تكرر ذلك فتواصل مع الدعم.',
    },
    AlreadyExists: {
      title: 'موجود بالفعل',
      description: 'يوجد عنصر بالاسم أو المعرف نفسه. استخدم غيره.',
    },
    RateLimited: {
      title: 'طلبات كثيرة جدًا',
      description: 'طلباتك سريعة بعض الشيء. انتظر لحظة.',
    },
    BreakingChanges: {
      title: 'تغيير غير متوافق',
      description: 'سيعطل هذا ما يعتمد على الإصدار الحالي. أنشئ إصدارًا جديدًا أو تغييرًا متوافقًا.',
    },
    ResourceLockedConflict: {
      title: 'العنصر مقفل',
      description: 'يجري تعديله في مكان آخر. أعد المحاولة بعد لحظات.',
    },
    Unknown: {
      title: 'حدث خطأ ما',
      description: 'حدث خطأ غير متوقع. يرجى إعادة المحاولة.',
    },
    Internal: {
      title: 'مشكلة من جانبنا',
      description: 'واجه الخادم خطأً. هذا ليس خطأك؛ أعد المحاولة بعد قليل.',
    },
    Conflict: {
      title: 'تغييرات متعارضة',
      description: 'تغير العنصر منذ فتحته. أعد تحميله، ثم أجر تغييرك مجددًا.',
    },
    Unavailable: {
      title: 'الخدمة غير متاحة مؤقتًا',
      description: 'الخدمة متوقفة أو مشغولة. أعد المحاولة بعد دقائق.',
    },
    Timeout: {
      title: 'استغرق الأمر وقتًا طويلًا',
      description: 'لم يستجب الخادم في الوقت المحدد.',
    },
    Network: {
      title: 'مشكلة في الاتصال',
      description: 'تعذر الوصول إلى الخادم. تحقق من اتصالك بالإنترنت.',
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
    zero: 'ستعاد المحاولة تلقائيًا الآن.',
    one: 'ستعاد المحاولة تلقائيًا بعد ثانية واحدة.',
    two: 'ستعاد المحاولة تلقائيًا بعد ثانيتين.',
    few: 'ستعاد المحاولة تلقائيًا بعد {seconds} ثوانٍ.',
    many: 'ستعاد المحاولة تلقائيًا بعد {seconds} ثانية.',
    other: 'ستعاد المحاولة تلقائيًا بعد {seconds} ثانية.',
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
    title: 'سجل الدخول للمتابعة',
    description: 'سجل الدخول مجددًا؛ سيبقى ما أدخلته في هذه الصفحة.',
    signIn: 'تسجيل الدخول',
    cancel: 'إلغاء',
    failed: 'لم يكتمل تسجيل الدخول.',
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
    title: 'أنت غير متصل',
    description: 'تغييراتك محفوظة وسترسل عند عودة الاتصال.',
    pending: {
      zero: 'لا توجد تغييرات بانتظار الإرسال',
      one: 'تغيير واحد بانتظار الإرسال',
      two: 'تغييران بانتظار الإرسال',
      few: '{count} تغييرات بانتظار الإرسال',
      many: '{count} تغييرًا بانتظار الإرسال',
      other: '{count} تغيير بانتظار الإرسال',
    },
    restored: 'عاد الاتصال. أرسلت تغييراتك.',
  },
}

export default ar
