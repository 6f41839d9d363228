/// Stop-word lists for English, Arabic, Sorani Kurdish (`ckb`) and Kurmanji Kurdish (`kmr`).
///
/// Entries are written in natural spelling and compared after ``TextNormalizer`` folding, so
/// `أن` and `ان` are the same entry.
enum StopWords {
    /// English function words and newswire filler.
    static let english: [String] = [
        "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "back",
        "be", "became", "because", "become", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "early", "either",
        "else", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "got", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
        "i", "if", "in", "including", "into", "is", "it", "its", "itself", "just", "last", "later", "least",
        "less", "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must", "my",
        "myself", "near", "never", "new", "news", "next", "no", "nor", "not", "now", "of", "off", "often", "on",
        "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own", "per", "rather",
        "really", "said", "same", "say", "says", "see", "she", "should", "since", "so", "some", "still", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "though", "through", "thus", "to", "too", "told", "toward", "towards", "under",
        "until", "up", "upon", "us", "very", "via", "was", "we", "week", "well", "were", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "year", "years", "yet", "you", "your", "yours", "yesterday", "today", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms",
        "according", "added", "asked", "says", "saying", "time", "day", "days", "two", "three", "first",
        "re", "s", "t", "ll", "ve", "d", "m", "don", "didn", "won", "isn", "wasn", "aren", "amp", "quot",
        "read", "more", "reuters", "ap", "afp", "update", "updated", "video", "photos", "watch", "report",
        "reports", "reported", "via", "etc", "am", "pm", "gmt", "utc", "edt", "est", "pst",
    ]

    /// Arabic particles, pronouns and newswire filler.
    static let arabic: [String] = [
        "في", "من", "على", "الى", "إلى", "عن", "مع", "أن", "ان", "إن", "أو", "او", "ثم", "قد", "لقد", "ما",
        "لا", "لم", "لن", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي", "الذين", "اللذين", "كان",
        "كانت", "يكون", "تكون", "كما", "وقد", "وفي", "ومن", "وعلى", "بين", "بعد", "قبل", "عند", "حتى", "خلال",
        "حيث", "لكن", "ولكن", "بل", "غير", "أي", "كل", "بعض", "أيضا", "ايضا", "هو", "هي", "هم", "هن", "نحن",
        "أنا", "انه", "أنه", "إنه", "انها", "أنها", "إنها", "له", "لها", "لهم", "به", "بها", "فيه", "فيها",
        "منه", "منها", "عليه", "عليها", "اليوم", "امس", "أمس", "وقال", "قال", "قالت", "وقالت", "واضاف",
        "وأضاف", "اضاف", "أضاف", "وذكر", "ذكر", "واكد", "وأكد", "اكد", "أكد", "يوم", "وأشار", "واشار",
        "اشار", "أشار", "الى", "وان", "وأن", "بأن", "بان", "لان", "لأن", "عبر", "ضمن", "نحو", "لدى", "وهو",
        "وهي", "التى", "عام", "تم", "وتم", "كذلك", "فقط", "جدا", "مثل", "اذا", "إذا", "وذلك", "الا", "إلا",
        "او", "ولا", "وما", "فإن", "فان", "لدي", "منذ", "اي", "يا", "و", "ف", "ب", "ل", "ك",
    ]

    /// Sorani Kurdish particles, pronouns and filler.
    static let sorani: [String] = [
        "و", "لە", "بە", "بۆ", "کە", "ئەو", "ئەم", "ئەوە", "ئەمە", "لەگەڵ", "دوای", "پێش", "تا", "یان",
        "هەر", "هەموو", "بەڵام", "چونکە", "ئێستا", "دەبێت", "بوو", "بووە", "بوون", "دەکات", "کرد", "کراوە",
        "دەڵێت", "وتی", "گوتی", "ڕایگەیاند", "هەروەها", "لەسەر", "لەبارەی", "لەلایەن", "بەپێی", "نێوان",
        "ناو", "سەر", "ژێر", "دا", "ی", "ە", "یە", "ن", "ئێمە", "ئەوان", "من", "تۆ", "ئێوە", "خۆی", "هیچ",
        "زۆر", "کەم", "چەند", "ئەمڕۆ", "دوێنێ", "ساڵی", "ڕۆژی", "ئەوەی", "کەوا", "وە", "هەیە", "نییە",
        "دەبن", "دەکرێت", "کراوە", "بکات", "بێت", "وەک", "تەنها", "هێشتا", "لێ", "پێ", "تێ", "ئەگەر",
    ]

    /// Kurmanji Kurdish particles, pronouns and filler.
    static let kurmanji: [String] = [
        "û", "ji", "li", "di", "de", "da", "bi", "ku", "ew", "vê", "wê", "vî", "wî", "ev", "an", "jî", "ne",
        "na", "ser", "bo", "ji bo", "heta", "piştî", "berî", "lê", "lêbelê", "ta", "hat", "hatin", "hatiye",
        "bû", "bûn", "bûye", "dike", "kir", "kirin", "got", "gotiye", "diyar", "kir", "her", "hemû", "gelek",
        "çend", "îro", "duh", "sala", "roja", "em", "hûn", "ez", "tu", "wan", "me", "min", "xwe", "yê", "ya",
        "yên", "ê", "a", "ên", "re", "ra", "tê", "têne", "dê", "wek", "wekî", "tenê", "hê", "eger", "heye",
        "tune", "nav", "navbera", "derbarê", "aliyê", "li gorî",
    ]

    /// Every list folded and merged: Latin-script entries for English and Kurmanji, and
    /// Arabic-script entries for Arabic and Sorani.
    static let all: Set<String> = {
        var set = Set<String>()
        for word in english + arabic + sorani + kurmanji {
            for token in TextNormalizer.tokens(word) { set.insert(token.text) }
        }
        return set
    }()
}
