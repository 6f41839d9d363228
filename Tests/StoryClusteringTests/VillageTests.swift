import Testing

@testable import StoryClustering

/// Villages the gazetteer cannot list: a headline names them by a word for village, and two
/// happenings of one kind in two villages of one district are two events.
@Suite struct VillageTests {
    private static let hour: Int64 = 3_600
    private static let base: Int64 = 1_772_400_000

    /// The villages a headline names.
    private static func villages(_ title: String, language: String) -> [String] {
        HeadlineFeatures.of(title, language: language).titleVillages
    }

    /// The key a village's name gives in `language`, as the extractor normalises it.
    private static func key(_ name: String, _ language: String) -> String {
        FeatureExtractor.villageKey(TextNormalizer.normalized(name), language: language)
    }

    @Test func headlinesNameVillagesInEveryLanguage() {
        #expect(
            Self.villages("Fire destroys wheat fields in Makhmour's Kandinawa village", language: "en")
                == [Self.key("Kandinawa", "en")])
        #expect(
            Self.villages("Mass grave found in the village of Qiniye near Sinjar", language: "en")
                == [Self.key("Qiniye", "en")])
        #expect(
            Self.villages("البدء بفتح مقبرة جماعية في قرية حردان بسنجار", language: "ar") == [Self.key("حردان", "ar")])
        #expect(
            Self.villages("هەڵدانەوەی گۆڕێکی بەکۆمەڵ لە گوندی هاردان", language: "ckb") == [Self.key("هاردان", "ckb")])
        #expect(
            Self.villages("Li gundê Hardanê yê Şingalê gora komî tê vekirin", language: "kmr")
                == [Self.key("Hardan", "kmr")])
    }

    /// Camps too; and one language's reports name one place alike whatever ending it takes and
    /// however an outlet spells its vowels.
    @Test func oneLanguagesEndingsAndSpellingsOfOnePlaceGiveOneKey() {
        #expect(Self.villages("96 families leave Qadiya camp for Sinjar", language: "en") == [Self.key("Qadiya", "en")])
        #expect(Self.villages("عودة 96 أسرة نازحة من مخيم قاديا", language: "ar") == [Self.key("قاديا", "ar")])
        #expect(Self.key("قادیاوە", "ckb") == Self.key("قادیا", "ckb"))
        #expect(Self.key("کەندیناوەدا", "ckb") == Self.key("کەندیناوە", "ckb"))
        #expect(Self.key("کەندیناوا", "ckb") == Self.key("کەندیناوە", "ckb"))
        #expect(Self.key("Qadiyayê", "kmr") == Self.key("Qadiya", "kmr"))
        #expect(Self.key("Herdanê", "kmr") == Self.key("Hardan", "kmr"))
        #expect(Self.key("Qiniye", "kmr") != Self.key("Hardan", "kmr"))
    }

    @Test func countsOfVillagesAndKnownPlacesAreNoVillage() {
        #expect(Self.villages("Wildfire forces evacuation of two villages", language: "en").isEmpty)
        #expect(Self.villages("ئاگر دانیشتووانی دوو گوندی ناچار بە چۆڵکردن کرد", language: "ckb").isEmpty)
        // A village the gazetteer knows is a town already.
        #expect(Self.villages("Fire in the village of Sinjar", language: "en").isEmpty)
        #expect(Self.villages("village elders meet governor", language: "en").isEmpty)
    }

    /// Words that describe a village or a camp rather than name it, the village already named, and
    /// capitals in a title-cased headline name none.
    @Test func descriptionsAreNoVillage() {
        #expect(Self.villages("Qadiya IDP camp residents protest", language: "en").isEmpty)
        #expect(Self.villages("Mass grave found near Yazidi village", language: "en").isEmpty)
        #expect(Self.villages("حريق في قرية تابعة لقضاء سنجار", language: "ar").isEmpty)
        #expect(Self.villages("حريق في مخيم للنازحين", language: "ar").isEmpty)
        #expect(Self.villages("أهالي القرية يطالبون بالتعويض", language: "ar").isEmpty)
        #expect(Self.villages("ئاگر لە کەمپی ئاوارەکان", language: "ckb").isEmpty)
        #expect(Self.villages("Fire Destroys Wheat Fields In Kandinawa Village", language: "en").isEmpty)
    }

    @Test func villagesAreComparedWithinOneLanguage() {
        #expect(ClusteringEngine.villagesApart([Self.key("Kandinawa", "en")], [Self.key("Hardan", "en")]))
        #expect(
            !ClusteringEngine.villagesApart(
                [Self.key("Kandinawa", "en")], [Self.key("Kandinawa", "en"), Self.key("Hardan", "en")]))
        // One village in two languages' spellings.
        #expect(!ClusteringEngine.villagesApart([Self.key("هاردان", "ckb")], [Self.key("حردان", "ar")]))
        #expect(!ClusteringEngine.villagesApart([], [Self.key("Hardan", "en")]))
    }

    /// Two mass graves opened in two villages of Sinjar four days apart, the second's reports
    /// recalling the first: two events; the first's second day still joins it.
    @Test func graveOpeningsInTwoVillagesOfOneDistrictStayApart() {
        func report(_ id: String, _ title: String, _ text: String, at hours: Int64) -> ClusterDocument {
            ClusterDocument(
                id: id, source: id, title: title, text: text, published: Self.base + hours * Self.hour, language: "en")
        }
        let first = report(
            "hardan", "Exhumation of Yazidi mass grave begins in Sinjar's Hardan village",
            """
            Teams from the Iraqi mass graves directorate began exhuming a mass grave of Yazidis killed by the \
            Islamic State group in 2014 in Hardan village in Sinjar district on Monday, officials said.
            """, at: 0)
        let secondDay = report(
            "hardan-2", "Remains of 19 Yazidis recovered from mass grave in Hardan village",
            """
            The remains of 19 Yazidis were recovered on the second day of the exhumation of a mass grave in \
            Hardan village in Sinjar district, the mass graves directorate said on Tuesday.
            """, at: 24)
        let other = report(
            "qiniye", "Exhumation of Yazidi mass grave begins in Sinjar's Qiniye village",
            """
            Teams from the mass graves directorate began on Friday exhuming a mass grave of Yazidis killed by \
            the Islamic State group in 2014 in Qiniye village in Sinjar district, officials said, days after \
            the exhumation of a mass grave in Hardan village.
            """, at: 96)
        let result = StoryClusterer().cluster([first, secondDay, other])
        #expect(result[1].storyKey == "hardan", "\(result[1])")
        #expect(result[2].storyKey == "qiniye", "\(result[2])")
    }
}
