import Testing

@testable import StoryClustering

/// A report whose headline names no happening, nothing that followed one and no word of a story's
/// headlines shares the names of a story of a happening without being of it: a hospital's new wing
/// and the crash whose injured it took in. Its copy alone may still join it.
@Suite struct NoHappeningHeadlineTests {
    private let labelled = LabelledReports(base: 1_916_547_000)

    /// The crash, from one outlet.
    private var crash: ClusterDocument {
        labelled.report(
            "A1", "Three killed, six injured in head-on collision on Raniya-Qaladze road",
            "RANIYA — Three people were killed and six injured when a passenger minibus collided head-on with a lorry near Hajiawa on the Raniya-Qaladze road on Tuesday evening, traffic police said.\nMajor Bakhtiyar Omar of the Raniya traffic police told BasNews the collision happened at around 8:30 pm on a bend, when the lorry, loaded with gravel, tried to overtake another vehicle.\nThe minibus driver and two passengers died at the scene. The injured, including two women, were taken to Raniya General Hospital.\nDrivers and residents have long complained that the narrow, winding road between Raniya and Qaladze is one of the most dangerous in Sulaimani province.",
            minutes: 0, language: "en")
    }

    /// The hospital's new wing, from another, 29 hours later.
    private var newWing: ClusterDocument {
        labelled.report(
            "B1", "Raniya hospital opens new emergency and burns wing",
            "RANIYA — A new emergency and burns wing opened at Raniya General Hospital on Thursday, adding 40 beds and two operating theatres for a population of more than 400,000 across the Raparin administration.\nDr. Dilshad Karim, the hospital’s director, told BasNews the old emergency department had been “overwhelmed for years”, most recently on Tuesday night, when it received the injured from the collision near Hajiawa.\nThe wing, funded by the Sulaimani health directorate and a local donor, includes a six-bed burns unit. Until now, serious burn cases had to be sent to Sulaimani, a drive of more than two hours.\nStaff said they hoped the unit would also help in the summer fire season, when villagers and volunteers are often hurt fighting blazes in the forests.",
            minutes: 1760, language: "en")
    }

    @Test func aHospitalsNewWingStaysApartFromTheCrashItsInjuredWereTakenTo() {
        LabelledReports.expectKeptAsLabelled([crash, newWing])
    }

    /// A lone story of such a headline is judged so in a merge too, when the crash story grows later.
    @Test func itStaysApartWhenTheCrashStoryGrowsLater() {
        let reports = [
            crash,
            newWing,
            labelled.report(
                "A2", "Lorry driver in Raniya-Qaladze road collision detained",
                "RANIYA — The lorry driver involved in Tuesday's head-on collision with a minibus near Hajiawa on the Raniya-Qaladze road has been detained, Raniya traffic police said on Thursday.\nMajor Bakhtiyar Omar told BasNews the driver, who was injured, was questioned at Raniya General Hospital. Three people were killed and six injured in the collision.\nResidents renewed calls to widen the road between Raniya and Qaladze in Sulaimani province.",
                minutes: 1830, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// Days after the crash, a headline of no happening and nothing that followed it (speed
    /// cameras for the road) is another story though its copy recalls the crash; the victims'
    /// burial and their compensation (a headline of no kind, but of what followed), that day, are
    /// the crash's, and so is a report whose title is only its date.
    @Test func daysLaterAHeadlineOfNoHappeningIsAnotherStoryAndABurialIsNot() {
        let reports = [
            crash,
            labelled.report(
                "C1", "Traffic police to install speed cameras on Raniya-Qaladze road",
                "RANIYA — The Raniya traffic directorate will install twelve speed cameras along the Raniya-Qaladze road by the end of the month, its director told BasNews on Friday, days after a collision near Hajiawa killed three people.\nThe cameras, bought by the Sulaimani governorate, will record drivers exceeding 60 kilometres an hour on the bends of the mountain road, and fines will be sent by text message.\nThe directorate also plans to paint new lane markings and put up warning signs before the summer travel season.",
                minutes: 4400, language: "en"),
            labelled.report(
                "A2", "Raniya buries victims of Hajiawa collision",
                "RANIYA — Hundreds attended the funerals in Raniya on Friday of the minibus driver and two passengers killed when their minibus collided head-on with a lorry near Hajiawa on the Raniya-Qaladze road on Tuesday evening.\nThe injured, including two women, remain at Raniya General Hospital, traffic police said.",
                minutes: 4450, language: "en"),
            labelled.report(
                "A3", "Sulaimani governorate pledges compensation to Hajiawa families",
                "RANIYA — The Sulaimani governorate will pay compensation to the families of the minibus driver and two passengers killed in Tuesday's head-on collision with a lorry near Hajiawa on the Raniya-Qaladze road, the governor said on Friday.\nThe six injured, including two women, will have their treatment at Raniya General Hospital paid for.",
                minutes: 4500, language: "en"),
            // An archive's page whose title is only its date says nothing either way.
            labelled.report(
                "A4", "FRIDAY, 2 AUGUST 2030",
                "RANIYA — Traffic police said on Friday the lorry driver whose vehicle collided head-on with a minibus near Hajiawa on the Raniya-Qaladze road on Tuesday evening, killing three people and injuring six, had been charged.\nThe injured, including two women, remain at Raniya General Hospital.",
                minutes: 4550, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
