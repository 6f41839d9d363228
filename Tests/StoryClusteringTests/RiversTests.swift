import Testing

@testable import StoryClustering

/// The Great Zab and the Lesser Zab, where drownings and floods are reported every summer, are
/// places of the gazetteer in every language, as the Tigris and the Euphrates are; as rivers
/// across governorates they are broad places, which no event is placed by alone.
@Suite struct RiversTests {
    @Test func theZabsAreNamedInEveryLanguage() {
        let named: [(id: String, titles: [(String, String)])] = [
            (
                "lesserzab",
                [
                    ("Boy drowns in the Lesser Zab near Altun Kupri", "en"),
                    ("غرق صبي في نهر الزاب الصغير قرب التون كوبري", "ar"),
                    ("منداڵێک لە زێی بچووک خنکا", "ckb"),
                    ("Zarokek li Zêyê Biçûk xeniqî", "kmr"),
                ]
            ),
            (
                "greatzab",
                [
                    ("Great Zab rises, families evacuated near Kalak", "en"),
                    ("ارتفاع منسوب الزاب الكبير قرب الكلك", "ar"),
                    ("ئاستی ئاوی زێی گەورە بەرز بووەوە", "ckb"),
                    ("Ava Zêya Mezin bilind bû", "kmr"),
                ]
            ),
        ]
        for (id, titles) in named {
            for (title, language) in titles {
                #expect(HeadlineFeatures.of(title, language: language).namedEntities.contains(id), "\(title)")
            }
        }
        #expect(Gazetteer.isBroad("lesserzab") && Gazetteer.isBroad("greatzab"))
        // Kurmanji "Pirde" is Altun Kupri.
        #expect(HeadlineFeatures.of("Li Pirdê agir bi zeviyan ket", language: "kmr").titleTowns.contains("altunkupri"))
    }
}
