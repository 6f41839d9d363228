import Testing

@testable import StoryClustering

/// A charge, an indictment, a plea and a trial are what followed a happening, as an arrest and a
/// verdict are: days after a shooting, "accountant charged with murder in office shooting" is its
/// story's, not another shooting.
@Suite struct CourtStepsTests {
    private static let april = EnglishReports(year: 2007, month: 4)

    private static let shooting = [
        april.report(
            "shooting", day: 9, hour: 17, "Gunman kills receptionist, wounds two at Troy accounting firm",
            "A man who had been fired from an accounting firm in Troy, Michigan, returned with a shotgun on "
                + "Monday and shot three people, killing the receptionist and wounding two partners, police said. "
                + "Officers arrested the suspect, Anthony LaCalamita, 38, at his home in Troy hours later. The "
                + "receptionist, Madeline Kafoury, 63, died at the scene."),
        april.report(
            "shooting-2", day: 9, hour: 21, "One dead, two hurt in shooting at Michigan accounting office",
            "Police in Troy, Michigan, said a former employee shot three people at the accounting firm Gordon "
                + "Advisors on Monday, killing receptionist Madeline Kafoury and wounding partners Paul Riva and "
                + "Alan Steinberg. Anthony LaCalamita surrendered to police at his home."),
        april.report(
            "shooting-3", day: 10, hour: 8, "Fired worker held after deadly shooting at Troy office",
            "Anthony LaCalamita, who was fired from Gordon Advisors last week, was held by Troy police on "
                + "Tuesday after the shooting at the firm's office that killed Madeline Kafoury and wounded two "
                + "partners."),
    ]

    /// Two and a half days after the story began, past the day when a headline of its kind
    /// naming none of its particulars tells another happening.
    @Test func theChargeDaysLaterJoinsTheShooting() {
        let charge = Self.april.report(
            "charge", day: 12, hour: 2, "Troy accountant charged with murder in office shooting",
            "Prosecutors in Oakland County charged Anthony LaCalamita with first-degree murder and two counts of "
                + "assault with intent to murder on Wednesday over the shooting at Gordon Advisors in Troy that "
                + "killed receptionist Madeline Kafoury. A judge denied bond.")
        let story = EnglishReports.stories(Self.shooting + [charge])
        #expect(story["shooting-2"] == story["shooting"])
        #expect(story["charge"] == story["shooting"])
    }

    @Test func courtStepsNameWhatFollowedAndOtherChargesAndTrialsDoNot() {
        for title in [
            "Troy accountant charged with murder in office shooting",
            "Kraft plant gunwoman held for trial",
            "Former guard pleads not guilty to Basra market bombing",
            "Murder trial opens for Kirkuk checkpoint attacker",
            "Mosul smuggler indicted over fuel tanker blaze",
            "محاكمة المتهمين بتفجير سوق الكرادة",
            "Basra market bombers go on trial",
        ] {
            let language = title.unicodeScalars.allSatisfy(\.isASCII) ? "en" : "ar"
            #expect(HeadlineFeatures.of(title, language: language).titleNamesAftermath, "\(title)")
        }
        for title in [
            "Erbil buses charged overnight at new depot",
            "Drug trial for diabetes begins in Baghdad hospital",
            "Vaccine trial begins in Erbil",
            "Baiji refinery units on trial run after repairs",
            "Shooting at Troy accounting firm kills one",
            "يطالبون بمحاكمة قتلة المتظاهرين في الناصرية",
        ] {
            let language = title.unicodeScalars.allSatisfy(\.isASCII) ? "en" : "ar"
            #expect(!HeadlineFeatures.of(title, language: language).titleNamesAftermath, "\(title)")
        }
    }
}
