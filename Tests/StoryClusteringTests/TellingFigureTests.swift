import Testing

@testable import StoryClustering

/// A report in another language that shares with a story only its town and a figure of ten or more
/// (23 shops, 2,300 workers) tells the same happening: the figure counts as a second anchor, as a
/// shared topic does. A town and a small count ("three") or a weekday do not.
@Suite struct TellingFigureTests {
    private let labelled = LabelledReports(base: 1_916_400_000)

    @Test func aTownAndAFigureOfTenOrMoreJoinAFollowUp() {
        let reports = [
            labelled.report(
                "A1", "حريق يلتهم 23 محلا في سوق الشيخان",
                "اندلع حريق كبير فجر الثلاثاء في السوق الرئيسي لقضاء الشيخان شمالي نينوى والتهم 23 محلا تجاريا، وقال مسؤول في الدفاع المدني إن الفرق أخمدت النيران بعد ثلاث ساعات من دون إصابات.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "Fire guts 23 shops in Shekhan market",
                "A large fire tore through the main market of Shekhan district before dawn on Tuesday, destroying 23 shops. Civil defence teams put the blaze out after three hours and no one was hurt, an official said.",
                minutes: 60, language: "en"),
            labelled.report(
                "B1", "معلمو الشيخان يعتصمون أمام مديرية التربية",
                "نظم العشرات من معلمي قضاء الشيخان الثلاثاء اعتصاما أمام مديرية التربية للمطالبة بتثبيتهم على الملاك الدائم، وقال أحد المعتصمين إن ثلاثة منهم يعملون بلا أجر منذ عامين.",
                minutes: 120, language: "ar"),
            labelled.report(
                "B2", "Shekhan teachers protest outside education directorate",
                "Dozens of teachers in Shekhan district protested outside the education directorate on Tuesday, demanding permanent contracts. Three of them have worked unpaid for two years, one protester said.",
                minutes: 150, language: "en"),
            labelled.report(
                "A3", "Ji bo qerebûkirina 23 dikandarên Şêxanê komîteyek hat avakirin",
                "Rêveberiya Şêxanê komîteyek ava kir da ku zirara 23 dikandaran binirxîne û qerebûya wan bide. Berpirsekî herêmî got ku komîte dê di nava hefteyekê de rapora xwe pêşkêş bike.",
                minutes: 1_500, language: "kmr"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    @Test func aTownAndASmallCountDoNot() {
        let reports = [
            labelled.report(
                "A1", "حريق يلتهم 23 محلا في سوق الشيخان",
                "اندلع حريق كبير فجر الثلاثاء في السوق الرئيسي لقضاء الشيخان شمالي نينوى والتهم 23 محلا تجاريا، وقال مسؤول في الدفاع المدني إن الفرق أخمدت النيران بعد ثلاث ساعات من دون إصابات.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "Fire guts 23 shops in Shekhan market",
                "A large fire tore through the main market of Shekhan district before dawn on Tuesday, destroying 23 shops. Civil defence teams put the blaze out after three hours and no one was hurt, an official said.",
                minutes: 60, language: "en"),
            labelled.report(
                "B1", "Li Şêxanê 3 mamosteyan daxwaza girêbestên mayînde kirin",
                "Sê mamosteyên Şêxanê ku du sal in bê mûçe kar dikin, daxwaz kirin ku girêbestên wan bibin mayînde. Wan got ku ew ê heta bersivê bisekinin.",
                minutes: 1_500, language: "kmr"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
