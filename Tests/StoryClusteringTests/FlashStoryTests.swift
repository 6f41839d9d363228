import Testing

@testable import StoryClustering

/// A flash ("BREAKING: IED hits Iraqi army patrol in Salahuddin, casualties reported") says too
/// little for the reports that follow within hours to meet it by words; once they make a story of
/// its kind naming the place it names, the flash joins it. A flash of another governorate, of
/// another kind, or more than six hours before the first report stays apart.
@Suite struct FlashStoryTests {
    private static let july = EnglishReports(year: 2030, month: 7)

    private static let reports = [
        july.report(
            "report", day: 19, hour: 22, minute: 40, "Roadside bomb kills soldier north of Baiji",
            "A roadside bomb killed an Iraqi soldier and wounded two others late on Friday north of the oil "
                + "refinery town of Baiji, security sources said. The device went off as an army patrol drove "
                + "along a dirt road near the village of Albu Juwari. Troops sealed off the area and searched "
                + "nearby farms for the men who planted it."),
        july.report(
            "second-report", day: 19, hour: 28, minute: 20, "Soldier killed, captain wounded as bomb hits patrol near Baiji",
            "One Iraqi soldier was killed and two others, including a captain, were wounded on Friday evening "
                + "when a roadside bomb hit their patrol north of Baiji, security officials said. The bomb exploded "
                + "near the village of Albu Juwari as the patrol returned to its base. The wounded were taken to "
                + "hospital in Tikrit."),
    ]

    private static func storyOfFlash(_ title: String, _ text: String, hour: Int64 = 18) -> (flash: String?, reports: String?) {
        let flash = july.report("flash", day: 19, hour: hour, minute: 10, title, text)
        let story = EnglishReports.stories([flash] + reports)
        #expect(story["second-report"] == story["report"])
        return (story["flash"], story["report"])
    }

    @Test func aFlashJoinsTheStoryOfItsHappening() {
        let (flash, reports) = Self.storyOfFlash(
            "BREAKING: IED hits Iraqi army patrol in Salahuddin, casualties reported",
            "An improvised explosive device struck an Iraqi army patrol north of Baiji on Friday evening, causing "
                + "casualties, a security source told BasNews. More details to follow.")
        #expect(flash == reports)
    }

    /// A flash that names only the governorate joins the one story of its kind there; with another
    /// begun in another town of the governorate that evening, it could be either, and stays alone.
    @Test func aFlashNamingOnlyTheGovernorateJoinsTheOnlyStoryItCanBeAbout() {
        let flash = Self.july.report(
            "flash", day: 19, hour: 18, minute: 10, "BREAKING: IED hits Iraqi army patrol in Salahuddin, casualties reported",
            "An improvised explosive device struck an Iraqi army patrol in Salahuddin province on Friday evening, "
                + "causing casualties, a security source told BasNews. More details to follow.")
        let alone = EnglishReports.stories([flash] + Self.reports)
        #expect(alone["flash"] == alone["report"])
        let samarra = Self.july.report(
            "samarra", day: 19, hour: 21, minute: 5, "Bomb hits police car in Samarra, two policemen hurt",
            "A bomb planted by the roadside hit a police car on the edge of Samarra on Friday evening, wounding two "
                + "policemen, a police source said. The wounded were taken to Samarra general hospital.")
        let either = EnglishReports.stories([flash, samarra] + Self.reports)
        #expect(either["flash"] != either["report"])
        #expect(either["flash"] != either["samarra"])
    }

    @Test func aFlashOfAnotherPlaceOrKindStaysApart() {
        let (otherPlace, reports) = Self.storyOfFlash(
            "BREAKING: IED hits Iraqi army patrol in Diyala, casualties reported",
            "An improvised explosive device struck an Iraqi army patrol near Baquba on Friday evening, causing "
                + "casualties, a security source told BasNews. More details to follow.")
        #expect(otherPlace != reports)
        let (otherKind, sameReports) = Self.storyOfFlash(
            "BREAKING: Fire breaks out at market in Baiji",
            "A fire broke out at the main market in Baiji on Friday evening, causing damage, a security source "
                + "told BasNews. More details to follow.")
        #expect(otherKind != sameReports)
        // The flash of this bomb, but more than six hours before the first report.
        let (early, laterReports) = Self.storyOfFlash(
            "BREAKING: IED hits Iraqi army patrol in Salahuddin, casualties reported",
            "An improvised explosive device struck an Iraqi army patrol north of Baiji on Friday evening, causing "
                + "casualties, a security source told BasNews. More details to follow.", hour: 16)
        #expect(early != laterReports)
    }
}
