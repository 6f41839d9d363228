import Testing

@testable import StoryClustering

/// Headlines that put their events on different sides of one town: "south of Sinjar", then days
/// later "west of Sinjar", are two attacks.
@Suite struct PlaceBearingTests {
    private static let hour: Int64 = 3_600
    private static let base: Int64 = 1_772_400_000

    /// The sides a headline gives, as (place, degrees).
    private static func bearings(_ title: String, language: String) -> [PlaceBearing] {
        HeadlineFeatures.of(title, language: language).titleBearings
    }

    @Test func headlinesGiveTheSideOfATownInEveryLanguage() {
        #expect(Self.bearings("IS attack kills soldier west of Sinjar", language: "en").map(\.degrees) == [270])
        #expect(Self.bearings("هجوم لداعش على نقطة عسكرية غربي سنجار", language: "ar").map(\.degrees) == [270])
        #expect(Self.bearings("هێرشی داعش لە باشووری شەنگال", language: "ckb").map(\.degrees) == [180])
        #expect(Self.bearings("Êrîşa DAIŞê li rojavayê Şengalê", language: "kmr").map(\.degrees) == [270])
        // Two direction words: the side between them.
        #expect(Self.bearings("انفجار عبوة ناسفة جنوب غرب الموصل", language: "ar").map(\.degrees) == [225])
        #expect(Self.bearings("Bomb kills two northeast of Baghdad", language: "en").map(\.degrees) == [45])
        // A place with no side, a side of a governorate (a region: "western Anbar" and "north of
        // Anbar" overlap) or of a country gives none.
        #expect(Self.bearings("Dust storm sweeps western Anbar", language: "en").isEmpty)
        #expect(Self.bearings("IS attack kills soldier near Sinjar", language: "en").isEmpty)
        #expect(Self.bearings("Turkish strikes hit northern Iraq", language: "en").isEmpty)
        // The same word naming the place gives the same id in every language.
        let english = Self.bearings("IS attack west of Sinjar", language: "en").map(\.place)
        #expect(english == Self.bearings("Êrîşa DAIŞê li rojavayê Şengalê", language: "kmr").map(\.place))
    }

    @Test func sidesAQuarterTurnApartAreTwoPlaces() {
        let south = PlaceBearing(place: "sinjar", degrees: 180)
        let west = PlaceBearing(place: "sinjar", degrees: 270)
        let southwest = PlaceBearing(place: "sinjar", degrees: 225)
        let north = PlaceBearing(place: "sinjar", degrees: 0)
        let northwest = PlaceBearing(place: "sinjar", degrees: 315)
        #expect(PlaceBearing.apart([west], [south]))
        #expect(PlaceBearing.apart([north], [south]))
        #expect(!PlaceBearing.apart([southwest], [south]))
        #expect(!PlaceBearing.apart([north], [northwest]))
        // A story whose headlines gave both sides already meets either.
        #expect(!PlaceBearing.apart([west], [south, west]))
        // Other places, or no side on one part: nothing to compare.
        #expect(!PlaceBearing.apart([PlaceBearing(place: "mosul", degrees: 270)], [south]))
        #expect(!PlaceBearing.apart([], [south]))
    }

    private static func report(_ id: String, _ title: String, _ text: String, at hours: Int64, source: String)
        -> ClusterDocument
    {
        ClusterDocument(
            id: id, source: source, title: title, text: text, published: base + hours * hour, language: "en")
    }

    private static let first = report(
        "first", "Islamic State attack kills two soldiers south of Sinjar",
        """
        Islamic State militants attacked an Iraqi army post south of Sinjar before dawn on Tuesday, killing \
        two soldiers and wounding three, security sources said. The attackers fled towards the desert after \
        an hour-long gunfight, the army said in a statement. Sinjar district has seen several such attacks \
        on army posts this winter.
        """, at: 0, source: "wire")
    private static let second = report(
        "second", "Two Iraqi soldiers killed in IS attack on army post south of Sinjar",
        """
        Two Iraqi soldiers were killed and three wounded when Islamic State militants attacked an army post \
        south of Sinjar early on Tuesday, security sources said. The army said its troops repelled the \
        attackers after a gunfight lasting about an hour and were searching the area.
        """, at: 2, source: "daily")

    /// Another attack, reported days later on the town's other side.
    private static func attackWest(at hours: Int64) -> ClusterDocument {
        report(
            "west", "Islamic State attack kills soldier west of Sinjar",
            """
            Islamic State militants attacked an Iraqi army post west of Sinjar late on Friday, killing one \
            soldier and wounding two, security sources said. The attackers fled after a gunfight, the army \
            said in a statement, and troops were searching the area.
            """, at: hours, source: "herald")
    }

    @Test func anAttackDaysLaterOnTheTownsOtherSideStaysApart() {
        let result = StoryClusterer().cluster([Self.first, Self.second, Self.attackWest(at: 84)])
        #expect(result[1].storyKey == "first")
        #expect(result[2].storyKey == "west", "\(result[2])")
    }

    @Test func aFollowUpOnTheOtherSideStillJoins() {
        // Days later, a funeral, or a headline naming the story's town beside a side of the capital,
        // is what followed the attack, not another.
        let funeral = Self.report(
            "funeral", "Funeral held for two soldiers killed in IS attack west of Sinjar",
            """
            Hundreds attended the funeral on Friday of the two Iraqi soldiers killed when Islamic State \
            militants attacked an army post near Sinjar on Tuesday, relatives said. The army said troops \
            were still searching the area for the attackers after the gunfight.
            """, at: 72, source: "herald")
        let result = StoryClusterer().cluster([Self.first, Self.second, funeral])
        #expect(result[2].storyKey == "first", "\(result[2])")
    }

    @Test func theSameDayTheOtherSideIsStillTheSameAttack() {
        // Early reports of one attack place it loosely: within two days, sides do not set it apart.
        let result = StoryClusterer().cluster([Self.first, Self.second, Self.attackWest(at: 6)])
        #expect(result[2].storyKey == "first", "\(result[2])")
    }
}
