#!/usr/bin/env python3
"""Generate the scen4 ("iraq-sept") test feeds, labels.json and feeds.conf.

One week (Mon 2025-09-15 .. Sun 2025-09-21) of Iraq / Kurdistan Region / regional news in five
feeds plus one later poll of a wire feed. Everything is synthetic: the article texts, the
happenings, the quotations, the quoted people, bylines, ids and figures were invented for this
test. Real places, institutions and senior office-holders appear only for realism; none of them
is given a direct quote. All host names use the reserved .example top-level domain.

Re-running this script rewrites: wire-a.xml, wire-b.xml, wire-b.page2.xml, zagros-en.xml,
rafidain-ar.xml, payam-ckb.xml, labels.json and feeds.conf. Run check.py afterwards.
"""
import hashlib
import html
import json
import os
import re
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

OUT = os.path.dirname(os.path.abspath(__file__))
BAGHDAD = timezone(timedelta(hours=3))
UTC = timezone.utc


def local(s):
    """'2025-09-16 17:05' in Baghdad time (+0300)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BAGHDAD)


def utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def paras(text):
    """Blank-line separated paragraphs; whitespace inside a paragraph collapsed."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def hexid(key, n=32):
    return hashlib.md5(("scen4-iraq-sept:" + key).encode()).hexdigest()[:n]


def pct_slug(title, n=8):
    words = re.sub(r"[^\w\s]", " ", title).split()[:n]
    return urllib.parse.quote("-".join(words))


EVENTS = {
    "E1": "Roadside bomb hits an Iraqi army patrol east of Tarmiyah, north of Baghdad, late on Tue 16 Sep 2025: "
          "2 soldiers killed, 3 wounded; flash, full reports, and the follow-up arrest of two suspects on Thu 18 Sep.",
    "E2": "A separate bomb hits a federal police vehicle in the Mutaibija area (Salahaddin/Diyala) on Fri 19 Sep 2025: "
          "1 officer killed, 2 wounded; follow-up sweep and funeral on Sat 20 Sep. HARD NEGATIVE for E1: every item "
          "mentions the Tarmiyah bombing (and some its arrests). English only.",
    "E3": "Kurdistan Democratic Party (KDP) presents its Erbil candidate list and programme for the 11 Nov 2025 "
          "Iraqi parliamentary election at a gathering in Erbil (Wed 17 Sep 2025).",
    "E4": "Patriotic Union of Kurdistan (PUK) rally in Sulaimani's Azadi Park presenting its Sulaimani candidates "
          "(Sat 20 Sep 2025). HARD NEGATIVE for E3: same kind of event, other party, city and day; items mention "
          "the KDP's Erbil event.",
    "E5": "Baghdad (oil ministry/SOMO), the KRG Ministry of Natural Resources and foreign oil companies agree on a "
          "mechanism to restart Kurdistan oil exports via the Iraq-Turkey pipeline to Ceyhan (Thu 18 Sep 2025), "
          "pending cabinet approval; follow-up on Sat 20 Sep: KRG says pipeline ready, APIKUR asks for payment "
          "guarantees.",
    "E6": "Teachers and public employees protest delayed (August) salaries outside the Sulaimani governorate "
          "building (Mon 15 Sep 2025); second day on Tue 16 Sep, spreading to Halabja and Raniya.",
    "E7": "Iraq's General Commission of Customs announces a single customs tariff and ASYCUDA electronic clearance "
          "at all border crossings, including the Kurdistan Region's, from 1 Oct (announced Tue 16 Sep 2025).",
    "E8": "Minibus carrying construction workers collides with a fuel tanker near Pirde (Altun Kupri) on the "
          "Erbil-Kirkuk road, Fri 19 Sep 2025 morning: 5 killed, 9 injured (wire-b later revises to 6 killed).",
    "E9": "Car crashes into a parked truck on the Baghdad-Kut highway near Suwaira, Wasit, before dawn on Sun "
          "21 Sep 2025: 4 members of one family killed. HARD NEGATIVE for E8: every item mentions the Pirde crash.",
    "E10": "IMF staff concludes talks with Iraqi officials in Amman (Thu 18 Sep 2025): urges curbing the public "
           "wage bill and a gradual fiscal adjustment. English only; zagros-en carries a verbatim copy of wire-b.",
    "S1": "Singleton: first Zakho Half Marathon along the Khabur river (Sat 20 Sep 2025), zagros-en only.",
    "S2": "Singleton: 8th Sulaimani Theatre Festival opens with 14 troupes (Tue 16 Sep 2025), payam-ckb only.",
    "S3": "Singleton: Iraqi National Library and Archives opens a rare-manuscripts exhibition in Baghdad "
          "(Wed 17 Sep 2025), rafidain-ar only.",
    "S4": "Singleton: Rusafa criminal court jails an education-directorate employee for 7 years for forging "
          "school certificates (Tue 16 Sep 2025), rafidain-ar only.",
    "S5": "Singleton: Erbil criminal court jails four men for running a migrant-smuggling network (Thu 18 Sep 2025), "
          "zagros-en only.",
    "S6": "Singleton: Basra water directorate trucks drinking water to Fao as Shatt al-Arab salinity rises "
          "(undated item), rafidain-ar only.",
    "S7": "Singleton: wildfire on Goyzha mountain above Sulaimani put out after five hours (Thu 18 Sep 2025), "
          "payam-ckb only.",
    "S8": "Singleton: magnitude 4.9 earthquake near Sarpol-e Zahab, Kermanshah (Iran), felt in Khanaqin, Halabja and "
          "Sulaimani (Sat 20 Sep 2025), wire-a only.",
    "S9": "Singleton: archaeologists find Assyrian carved slabs near a Nineveh gate in Mosul (Fri 19 Sep 2025), "
          "wire-b only.",
    "S10": "Singleton: Iraq's electoral commission (IHEC) says biometric voter-card distribution passed 80% "
           "(Fri 19 Sep 2025), rafidain-ar only. Election-related like E3/E4 but a different happening: no party, "
           "no rally.",
}

# ===========================================================================
# wire-a: "Northline News Agency", Atom 1.0, UTC dates, tag: ids
# ===========================================================================
NL = "https://www.northline.example"
NL_UTM = "?utm_source=atom&utm_medium=feed&utm_campaign=mideast"
WA = []


def wa(key, slug, event, published, title, summary, body, author, cats, updated=None, utm=False):
    hx = hexid(key, 24)
    d = dict(key=key, feed="wire-a.xml", lang="en", event=event,
             guid=f"tag:northline.example,{published[:10]}:story/{hx}",
             link=f"{NL}/middle-east/{slug}-{hx[:10]}" + (NL_UTM if utm else ""),
             date=utc(published), updated=utc(updated or published),
             title=title, summary=summary, body=paras(body), author=author, cats=cats)
    WA.append(d)
    return d


wa("wa-e7", "iraq-single-customs-tariff-kurdistan-crossings", "E7", "2025-09-16 13:00",
   "Iraq to apply single customs tariff at all border crossings, including in Kurdish region",
   "Iraq will apply one tariff schedule and one electronic clearance system at every border crossing from Oct. 1, "
   "the customs authority said, including crossings run by the Kurdistan Region.",
   """
   BAGHDAD (Northline) — Iraq’s customs authority said Tuesday it will apply a single tariff schedule and an
   electronic clearance system at every border crossing in the country from Oct. 1, including the crossings run by the
   semi-autonomous Kurdistan Region.

   The General Commission of Customs said declarations at crossings such as Ibrahim Khalil on the Turkish border and
   Parwezkhan and Bashmakh on the Iranian border would be processed through the ASYCUDA system already used at federal
   ports, with the revenue going to the state treasury.

   Differences between federal and Kurdish customs rates have for years pushed importers to route goods through the
   north, a sore point in relations between Baghdad and Erbil.

   A trader in Baghdad’s Shorja market, who asked not to be named because of the sensitivity of the issue, said he
   expected some prices in the north to rise but hoped that smuggling would fall.

   Officials in Erbil did not immediately respond to a request for comment.
   """, "Hadi Mahmoud", ["Middle East", "Iraq", "Business"], utm=True)

wa("wa-e1", "iraq-tarmiyah-roadside-bomb-soldiers-killed", "E1", "2025-09-16 20:05",
   "Roadside bomb kills 2 Iraqi soldiers north of Baghdad",
   "A roadside bomb struck an Iraqi army patrol in the Tarmiyah district north of Baghdad, killing two soldiers "
   "and wounding three.",
   """
   BAGHDAD (Northline) — A roadside bomb struck an Iraqi army patrol in the Tarmiyah district north of Baghdad late
   Tuesday, killing two soldiers and wounding three, Iraqi security officials said.

   The bomb went off around 9:30 p.m. as the patrol drove along a farm road east of the town, according to two security
   officials who spoke on condition of anonymity because they were not authorized to brief reporters. The wounded were
   taken to a military hospital in the capital.

   Iraq’s Security Media Cell confirmed the toll on Wednesday morning and said troops had launched a search of the
   surrounding orchards.

   There was no immediate claim of responsibility. Tarmiyah, a belt of farmland and palm groves, has long been used as
   a hideout by remnants of the Islamic State group, which lost its last territory in Iraq in 2017 but still carries out
   sporadic attacks.
   """, "Hadi Mahmoud", ["Middle East", "Iraq"], updated="2025-09-17 07:30")

wa("wa-e3", "iraq-kurdistan-kdp-erbil-candidates-election", "E3", "2025-09-17 15:30",
   "Kurdistan Democratic Party unveils Erbil candidates ahead of Iraq’s November election",
   "The Kurdistan Democratic Party presented its candidates for Erbil province at a gathering of thousands of "
   "supporters, ahead of Iraq’s Nov. 11 parliamentary election.",
   """
   ERBIL, Iraq (Northline) — The Kurdistan Democratic Party presented its candidates for Erbil province on Wednesday at
   a gathering of thousands of supporters, launching its bid for seats in Iraq’s federal parliament ahead of the Nov. 11
   election.

   Candidates laid out a program focused on the Kurdistan Region’s constitutional rights, a lasting fix for the public
   salary dispute with Baghdad and the resumption of oil exports.

   “We are going to Baghdad so that the salaries of our people stop being a bargaining chip,” said Nazdar Omar, one of
   the candidates on the list.

   The KDP, the largest party in the Kurdistan Region’s parliament, won 31 seats in Iraq’s 2021 federal election. The
   official campaign period has not yet begun, but parties across Iraq have started presenting their lists.
   """, "Claire Pennington", ["Middle East", "Iraq", "Elections"])

wa("wa-e10", "imf-iraq-wage-bill-fiscal-adjustment-oil", "E10", "2025-09-18 12:00",
   "IMF urges Iraq to rein in public wage bill as oil revenue weakens",
   "The IMF urged Iraq to curb its public wage bill and broaden its revenue, warning that lower oil prices are "
   "squeezing the budget.",
   """
   AMMAN, Jordan (Northline) — The International Monetary Fund urged Iraq on Thursday to curb its fast-growing public
   wage bill and broaden its sources of revenue, warning that lower oil prices are squeezing the budget of one of the
   world’s most oil-dependent economies.

   An IMF staff team concluded talks with Iraqi officials in Amman and said non-oil growth was expected to slow this
   year, while public debt and financing needs were rising.

   “Iraq’s fiscal position has become more vulnerable, and a gradual but steady adjustment is needed,” mission chief
   Elena Marquardt said in a statement at the end of the talks.

   The fund recommended a hiring freeze in the public sector outside health and education, better collection of customs
   and tax revenue, and faster reform of state-owned banks.

   Oil accounts for more than 90% of Iraq’s government revenue. Salaries and pensions take up the largest share of
   spending.
   """, "Claire Pennington", ["Middle East", "Iraq", "Business", "Economy"], utm=True)

wa("wa-e5a", "iraq-kurdistan-oil-exports-turkey-pipeline-deal", "E5", "2025-09-18 14:10",
   "Baghdad, Erbil and oil firms agree on mechanism to restart Kurdish exports through Turkey",
   "Iraq’s oil ministry, the Kurdish regional government and foreign oil companies agreed on a way to restart crude "
   "exports through the Iraq-Turkey pipeline.",
   """
   BAGHDAD (Northline) — Iraq’s federal oil ministry, the Kurdistan Regional Government and foreign oil companies working
   in the Kurdish region reached agreement Thursday on a mechanism to restart crude exports through the Iraq-Turkey
   pipeline, which has been shut for two and a half years.

   Under the arrangement, state oil marketer SOMO would sell the oil at the Turkish port of Ceyhan, and the Kurdish
   region would deliver at least 180,000 barrels a day, according to two officials who attended the meeting and spoke
   on condition of anonymity. The deal still needs approval by Iraq’s Cabinet.

   The pipeline has been closed since March 2023, when an arbitration court ruled that Turkey had violated a 1973 treaty
   by allowing exports from the Kurdish region without Baghdad’s consent.

   The shutdown has cost Iraq billions of dollars and strained the Kurdish region’s ability to pay public salaries.
   """, "Hadi Mahmoud", ["Middle East", "Iraq", "Energy"])

wa("wa-s8", "iran-earthquake-kermanshah-felt-iraq", "S8", "2025-09-20 03:50",
   "Magnitude 4.9 earthquake shakes western Iran, felt in Iraq’s Kurdish region",
   "A magnitude 4.9 earthquake struck western Iran, rattling homes in Kermanshah province and across the border "
   "in Iraq. No casualties were reported.",
   """
   TEHRAN, Iran (Northline) — A magnitude 4.9 earthquake struck western Iran early Saturday, rattling homes in Kermanshah
   province and across the border in Iraq, but there were no immediate reports of casualties.

   Iran’s seismological center said the quake hit at 6:48 a.m. local time at a depth of 10 kilometers near the town of
   Sarpol-e Zahab. Residents of Khanaqin, Halabja and Sulaimani in Iraq said they felt the shaking for several seconds.

   “The windows rattled and everyone ran into the street,” said Hemin Saeed, a shopkeeper in Halabja.

   Local officials in Kermanshah said teams were checking villages near the epicenter. The area was devastated by a
   magnitude 7.3 earthquake in November 2017 that killed more than 600 people.
   """, "Shwan Kareem", ["Middle East", "Iran"])

wa("wa-e2", "iraq-mutaibija-bomb-police-officer-killed", "E2", "2025-09-19 16:20",
   "Bomb kills Iraqi police officer in Mutaibija, days after deadly attack near Baghdad",
   "An explosive device hit a federal police vehicle in the Mutaibija area, killing an officer and wounding two "
   "policemen.",
   """
   BAGHDAD (Northline) — An explosive device hit a federal police vehicle in the Mutaibija area between Salahuddin and
   Diyala provinces on Friday, killing an officer and wounding two policemen, security officials said.

   The blast struck the vehicle on a dirt track during a routine patrol in the rugged area, long a hiding place for
   Islamic State militants, according to a police official who spoke on condition of anonymity.

   The attack came three days after a roadside bomb killed two Iraqi soldiers in the Tarmiyah district north of
   Baghdad. Security forces said Thursday they had arrested two suspects in that bombing.

   No group immediately claimed the Mutaibija attack. Iraqi forces regularly carry out operations against IS cells in
   the area, which straddles the boundary between the two provinces.
   """, "Hadi Mahmoud", ["Middle East", "Iraq"])

wa("wa-e5b", "kurdistan-pipeline-ready-oil-companies-guarantees", "E5", "2025-09-20 10:05",
   "Kurdish region says pipeline ready as oil companies await payment guarantees",
   "The Kurdistan Regional Government said its section of the pipeline to Turkey is ready to resume pumping once "
   "Iraq’s Cabinet approves the export deal.",
   """
   ERBIL, Iraq (Northline) — The Kurdistan Regional Government said Saturday that its section of the pipeline to Turkey
   was ready to resume pumping as soon as Iraq’s Cabinet approves the export deal reached two days earlier with Baghdad
   and foreign oil companies.

   The Kurdish region’s Ministry of Natural Resources said technical checks at the metering station near Fishkhabour
   had been completed.

   APIKUR, an association of international oil companies operating in the region, said in a statement that its members
   supported the restart but were still waiting for written guarantees on payment of past arrears and future
   deliveries.

   A company executive, who spoke on condition of anonymity because the talks are ongoing, said most firms would begin
   deliveries “within days” once those guarantees were in place.

   Exports through the pipeline have been halted since March 2023.
   """, "Shwan Kareem", ["Middle East", "Iraq", "Energy"])

wa("wa-e9", "iraq-wasit-highway-crash-family-killed", "E9", "2025-09-21 08:45",
   "Four members of one family killed in highway crash south of Baghdad",
   "Four members of one family were killed when their car slammed into a parked truck on the Baghdad-Kut highway.",
   """
   KUT, Iraq (Northline) — Four members of one family were killed early Sunday when their car slammed into a parked
   truck on the highway between Baghdad and Kut, police said.

   The victims were a man, his wife and their two children, a police official in Wasit province said, speaking on
   condition of anonymity. A third child survived with injuries and was taken to a hospital in the town of Suwaira.

   The driver appeared to have lost control at high speed, the official said.

   The crash came two days after five people were killed when a minibus collided with a fuel tanker near Pirde on the
   road between Erbil and Kirkuk in northern Iraq.

   Iraq has one of the highest road death rates in the region, blamed on poorly maintained highways, speeding and weak
   enforcement of traffic laws.
   """, "Shwan Kareem", ["Middle East", "Iraq"], utm=True)

# ===========================================================================
# wire-b: "Gulf & Levant Press" (GLP), RSS 2.0, GMT dates, plain-text description
#   poll 1 = wire-b.xml; poll 2 = wire-b.page2.xml (the 10 newest: 3 new + 1 revised + 6 repeated)
# ===========================================================================
GLP = "https://glpress.example"
GLP_UTM = "?utm_source=rss&utm_medium=feed&utm_campaign=world"
WB = []


def wb(key, seq, slug, event, when, title, body, cats, utm=False, poll=1, title_v2=None, body_v2=None):
    d8 = when[:10].replace("-", "")
    y, m, dd = when[:10].split("-")
    d = dict(key=key, feed="wire-b.xml", lang="en", event=event, guid=f"GLP-{d8}-MEA{seq:04d}",
             link=f"{GLP}/world/middle-east/{y}/{m}/{dd}/{slug}" + (GLP_UTM if utm else ""),
             date=utc(when), title=title, body=paras(body) if body else [], cats=cats, poll=poll,
             title_v2=title_v2, body_v2=paras(body_v2) if body_v2 else None)
    WB.append(d)
    return d


wb("wb-e6", 1512, "teachers-protest-sulaimani-delayed-salaries", "E6", "2025-09-15 14:20",
   "Teachers protest in Iraqi Kurdish city of Sulaimani over delayed salaries",
   """
   SULAIMANI, Iraq, Sept 15 (GLP) - Hundreds of teachers and other public employees rallied outside the provincial
   government building in Sulaimani on Monday to protest against months of delayed salary payments, as a funding dispute
   between Baghdad and the Kurdistan Regional Government drags on.

   Protesters carried banners demanding that August salaries be paid and that the regional government commit to a fixed
   monthly payment date. Police watched from nearby streets and there were no clashes.

   “We cannot pay rent or buy school things for our children,” said Shno Rasul, a primary school teacher who joined the
   protest.

   Organisers said they would return on Tuesday if they received no clear answer. The KRG has said it is waiting for
   Baghdad to transfer funds, while federal officials say the region must hand over more of its oil and non-oil revenue.
   """, ["Middle East", "Iraq"])

wb("wb-e1flash", 1561, "urgent-roadside-bomb-tarmiyah", "E1", "2025-09-16 19:02",
   "URGENT: Roadside bomb hits Iraqi army patrol in Tarmiyah north of Baghdad, two soldiers killed - security sources",
   None, ["Middle East", "Iraq", "Urgent"])

wb("wb-e1", 1588, "two-iraqi-soldiers-killed-tarmiyah-roadside-bombing", "E1", "2025-09-17 05:40",
   "Two Iraqi soldiers killed, three wounded in Tarmiyah roadside bombing",
   """
   BAGHDAD, Sept 17 (GLP) - Two Iraqi soldiers were killed and three wounded when a roadside bomb hit their patrol in
   Tarmiyah, about 40 km (25 miles) north of Baghdad, late on Tuesday, two security sources said.

   The device had been planted beside a farm track east of the town and exploded at about 9.30 p.m. as the army vehicles
   passed, one of the sources said. The wounded soldiers were being treated at a military hospital in Baghdad.

   Troops and helicopters searched the orchards around the blast site overnight, the sources said. No group claimed
   responsibility.

   Islamic State militants have used the farmland and palm groves of Tarmiyah as a hideout since the group’s defeat in
   Iraq in 2017, and the area has seen periodic attacks on security forces.
   """, ["Middle East", "Iraq"], utm=True)

wb("wb-e1arrest", 1620, "iraq-arrests-two-suspects-tarmiyah-bombing", "E1", "2025-09-18 10:15",
   "Iraq arrests two suspects over deadly Tarmiyah bombing",
   """
   BAGHDAD, Sept 18 (GLP) - Iraqi counter-terrorism forces arrested two men suspected of planting the roadside bomb that
   killed two soldiers in Tarmiyah, north of Baghdad, earlier this week, a security source said on Thursday.

   The suspects were detained in a dawn raid on a village near the site of Tuesday’s blast after their phone
   communications were tracked, the source said, adding that materials used to make explosive devices were found in
   their possession.

   Initial questioning suggested links to an Islamic State cell, the source said, speaking on condition of anonymity.
   The men were handed over to investigators.

   Three soldiers were also wounded in the attack on the army patrol. One remains in hospital.
   """, ["Middle East", "Iraq"])

wb("wb-e10", 1627, "imf-iraq-steady-fiscal-adjustment-wage-bill", "E10", "2025-09-18 11:15",
   "IMF says Iraq needs steady fiscal adjustment as wage bill swells",
   """
   AMMAN, Sept 18 (GLP) - Iraq must gradually rein in public spending, particularly on salaries, to protect its finances
   from weaker oil prices, the International Monetary Fund said on Thursday after staff talks with Iraqi officials.

   In a statement at the end of the mission, held in the Jordanian capital, the IMF said non-oil growth in Iraq would
   slow this year and that financing needs were rising as oil revenue fell.

   “A gradual but steady adjustment is needed,” mission chief Elena Marquardt said, adding that the public wage bill
   had grown faster than revenue for several years.

   The fund called for limiting new public-sector hiring, improving customs and tax collection and restructuring state
   banks. Iraq depends on oil for more than 90 percent of state income, and salaries and pensions are the biggest item
   in its budget.
   """, ["Middle East", "Iraq", "Economy"], utm=True)

wb("wb-e5", 1641, "iraq-kurdish-region-oil-firms-deal-resume-northern-exports", "E5", "2025-09-18 15:20",
   "Iraq, Kurdish region reach deal with oil firms to resume northern exports - officials",
   """
   BAGHDAD, Sept 18 (GLP) - Iraq’s oil ministry, the Kurdistan Regional Government and international oil companies
   agreed on Thursday on terms to resume oil exports from the Kurdistan region through Turkey, officials said, ending a
   deadlock that has kept the pipeline shut since March 2023.

   Under the deal, the Kurdish region will hand at least 180,000 barrels per day to state marketer SOMO for export via
   the Turkish port of Ceyhan, two officials familiar with the talks said. Companies would be paid a fixed fee per barrel
   for production and transport costs.

   The agreement must still be approved by the federal cabinet. One of the officials said pumping could restart within
   days of approval.

   The halt has cost Iraq billions of dollars in lost revenue and left the Kurdish region short of cash to pay public
   salaries.
   """, ["Middle East", "Iraq", "Energy"])

wb("wb-e8", 1668, "five-killed-minibus-fuel-tanker-erbil-kirkuk-road", "E8", "2025-09-19 08:30",
   "Five killed as minibus collides with fuel tanker on Erbil-Kirkuk road",
   """
   KIRKUK, Iraq, Sept 19 (GLP) - Five people were killed and nine injured on Friday when a minibus collided with a fuel
   tanker near Pirde, on the road linking Erbil and Kirkuk in northern Iraq, traffic police said.

   The minibus was carrying construction workers from Kirkuk to Erbil when the tanker veered out of its lane at around
   7.30 a.m., a traffic police officer said. The injured were taken to hospitals in Erbil and Kirkuk, two of them in
   critical condition.

   “The tanker swerved and hit the minibus head-on,” said Rebwar Aziz, a driver who stopped at the scene.

   The highway, which carries heavy truck traffic between the two cities, has a long record of serious accidents.
   """, ["Middle East", "Iraq"],
   title_v2="Six killed as minibus collides with fuel tanker on Erbil-Kirkuk road",
   body_v2="""
   KIRKUK, Iraq, Sept 19 (GLP) - Six people were killed and eight injured on Friday when a minibus collided with a fuel
   tanker near Pirde, on the road linking Erbil and Kirkuk in northern Iraq, traffic police said.

   The minibus was carrying construction workers from Kirkuk to Erbil when the tanker veered out of its lane at around
   7.30 a.m., a traffic police officer said. The injured were taken to hospitals in Erbil and Kirkuk, two of them in
   critical condition.

   “The tanker swerved and hit the minibus head-on,” said Rebwar Aziz, a driver who stopped at the scene.

   The highway, which carries heavy truck traffic between the two cities, has a long record of serious accidents.
   """)

wb("wb-s9", 1679, "archaeologists-find-assyrian-slabs-nineveh-mosul", "S9", "2025-09-19 13:10",
   "Archaeologists find Assyrian carved slabs near Nineveh gate in Mosul",
   """
   MOSUL, Iraq, Sept 19 (GLP) - Iraqi archaeologists have uncovered a group of carved stone slabs from the Assyrian era
   near one of the ancient gates of Nineveh on the eastern side of Mosul, the team leader said on Friday.

   The slabs, some bearing cuneiform inscriptions and images of soldiers and horses, were found during excavation and
   restoration work along the old city wall, said Omar Younis, who leads the team from the local antiquities
   inspectorate.

   “They appear to belong to the reign of Sennacherib, but we need time to read the texts,” Younis said.

   Much of Nineveh’s heritage was damaged when Islamic State militants controlled Mosul between 2014 and 2017.
   Restoration projects, some funded by foreign governments, have since resumed at several sites in the city.
   """, ["Middle East", "Iraq", "Culture"])

wb("wb-e2", 1690, "police-officer-killed-bomb-attack-mutaibija", "E2", "2025-09-19 17:05",
   "Police officer killed in bomb attack in Iraq’s Mutaibija area",
   """
   BAGHDAD, Sept 19 (GLP) - A federal police officer was killed and two of his men wounded on Friday when a bomb
   exploded under their vehicle in the Mutaibija area, on the border between Salahuddin and Diyala provinces, security
   sources said.

   The patrol was moving along an unpaved road in the hilly area when the device went off, one source said.

   Mutaibija has been a haven for Islamic State remnants for years, and security forces regularly sweep its valleys and
   dry riverbeds.

   It was the second deadly bombing against Iraqi security forces this week, after two soldiers were killed on Tuesday
   in Tarmiyah, north of Baghdad.
   """, ["Middle East", "Iraq"])

# --- first seen in poll 2 (wire-b.page2.xml)
wb("wb-e2b", 1712, "iraqi-forces-comb-mutaibija-after-bombing", "E2", "2025-09-20 12:30",
   "Iraqi forces comb Mutaibija after bombing that killed police officer",
   """
   BAGHDAD, Sept 20 (GLP) - Iraqi army and federal police units launched a sweep of the Mutaibija area on Saturday, a
   day after a roadside bomb killed a police officer and wounded two others there, security sources said.

   Helicopters supported troops searching caves and orchards on the edges of the Hamrin hills, one source said. No
   arrests had been reported by midday.

   The officer, a first lieutenant from Samarra, was buried in his home town on Saturday morning, relatives said.

   Security forces on Thursday arrested two suspects over an earlier bombing that killed two soldiers in Tarmiyah, north
   of Baghdad. Officials have not linked the two attacks.
   """, ["Middle East", "Iraq"], poll=2)

wb("wb-e4", 1731, "thousands-rally-puk-sulaimani-iraq-vote", "E4", "2025-09-20 17:50",
   "Thousands rally for PUK in Sulaimani as Kurdish parties gear up for Iraq vote",
   """
   SULAIMANI, Iraq, Sept 20 (GLP) - Thousands of supporters of the Patriotic Union of Kurdistan (PUK) filled
   Sulaimani’s Azadi Park on Saturday as the party presented its candidates for the province in Iraq’s Nov. 11
   parliamentary election.

   Waving the party’s green flags, supporters listened to PUK leader Bafel Talabani, who according to the party’s media
   office focused on salaries and public services in his speech.

   The rally came three days after the rival Kurdistan Democratic Party presented its list for Erbil province at an
   event in the regional capital.

   “We came to show that Sulaimani has its own voice,” said Karwan Ahmed, a 34-year-old taxi driver.

   The two parties have dominated Kurdish politics for decades and compete for Kurdish votes in the federal parliament.
   """, ["Middle East", "Iraq", "Elections"], poll=2)

wb("wb-e9", 1748, "family-of-four-killed-crash-baghdad-kut-highway", "E9", "2025-09-21 09:30",
   "Family of four killed in crash on Baghdad-Kut highway",
   """
   KUT, Iraq, Sept 21 (GLP) - A man, his wife and their two children were killed before dawn on Sunday when their car
   crashed into a truck parked on the highway between Baghdad and Kut near the town of Suwaira, police in Wasit province
   said.

   A third child was injured and taken to Suwaira hospital, a police source said, adding that speeding appeared to have
   caused the crash.

   The accident followed Friday’s collision between a minibus and a fuel tanker on the Erbil-Kirkuk road, in which six
   people were killed.

   Iraqi traffic authorities record thousands of road deaths every year, blaming speeding, worn-out roads and overloaded
   trucks.
   """, ["Middle East", "Iraq"], utm=True, poll=2)

# ===========================================================================
# zagros-en: "Zagros Post", WordPress RSS 2.0, +0300, teaser description, full HTML content:encoded
# ===========================================================================
ZP = "https://zagrospost.example"
ZE = []


def ze(key, pid, slug, event, when, title, body, img, alt, cats, creator="Zagros Post", duplicate_of=None):
    y, m, dd = when[:10].split("-")
    d = dict(key=key, feed="zagros-en.xml", lang="en", event=event, guid=f"{ZP}/?p={pid}",
             link=f"{ZP}/{y}/{m}/{dd}/{slug}/", date=local(when), title=title,
             body=paras(body) if body else [],
             img=f"{ZP}/wp-content/uploads/{y}/{m}/{img}", alt=alt, cats=cats, creator=creator,
             duplicate_of=duplicate_of)
    ZE.append(d)
    return d


ze("ze-e6", 24811, "sulaimani-teachers-take-to-the-streets-over-unpaid-august-salaries", "E6", "2025-09-15 18:10",
   "Sulaimani teachers take to the streets over unpaid August salaries",
   """
   SULAIMANI — Hundreds of teachers gathered outside the Sulaimani governorate building on Monday, chanting slogans
   against repeated delays in salary payments and calling on both Erbil and Baghdad to settle their dispute.

   Many protesters held copies of their pay slips. Shno Rasul, a teacher at a primary school in the city's Bakrajo
   district, told Zagros Post: "We have been living on loans for months. Our children ask why we cannot buy them school
   supplies."

   Police deployed around the square but did not intervene. Organizers said the protest would continue on Tuesday and
   could spread to Halabja and Raniya if no payment date is announced.

   The Kurdistan Region's Ministry of Finance has said August salaries will be distributed once Baghdad transfers the
   funds. Federal officials link the transfers to the handover of oil and non-oil revenues from the region.
   """, "sulaimani-teachers-protest.jpg", "Teachers protest outside the Sulaimani governorate building",
   ["Kurdistan", "Economy"], creator="Dilan Hama")

ze("ze-e7", 24836, "baghdads-unified-customs-tariff-to-hit-kurdistan-crossings-from-october-1", "E7",
   "2025-09-16 17:20",
   "Baghdad's unified customs tariff to hit Kurdistan crossings from October 1",
   """
   ERBIL — The federal General Commission of Customs announced on Tuesday that a single customs tariff will be enforced
   at all of Iraq's border crossings from October 1, including Ibrahim Khalil, Parwezkhan, Bashmakh and Haji Omaran in
   the Kurdistan Region.

   Under the decision, all declarations will be filed through the ASYCUDA electronic system and revenues deposited in
   the federal treasury.

   Traders in Erbil's Langa market fear higher prices. "Customs on some goods will almost double for us. The customer
   will pay in the end," said Azad Hussein, who imports household appliances from Turkey.

   A Kurdistan Region customs official, speaking on condition of anonymity, told Zagros Post that technical teams from
   Erbil and Baghdad had been working on the transition for months and that the crossings were ready.

   Unifying customs was one of Baghdad's conditions in the long-running dispute over the region's non-oil revenues.
   """, "ibrahim-khalil-crossing-trucks.jpg", "Trucks queue at the Ibrahim Khalil border crossing",
   ["Economy", "Iraq"], creator="Rawa Ismail")

ze("ze-e1", 24859, "two-soldiers-killed-in-roadside-bombing-in-baghdads-tarmiyah", "E1", "2025-09-17 10:20",
   "Two soldiers killed in roadside bombing in Baghdad's Tarmiyah",
   """
   BAGHDAD — Two Iraqi soldiers were killed and three others wounded when an improvised explosive device struck their
   patrol in the Tarmiyah district north of Baghdad on Tuesday night, a security source told Zagros Post.

   The bomb had been buried next to an agricultural road east of Tarmiyah and exploded around 9:30 pm, the source said.
   Security forces sealed off the area and began searching nearby farms.

   Iraq's Security Media Cell later confirmed the casualties but gave no further details.

   Tarmiyah, which lies between Baghdad and Samarra, remains one of the areas where Islamic State cells stage occasional
   attacks despite repeated military operations. No group has claimed the bombing.
   """, "iraqi-army-patrol-tarmiyah.jpg", "An Iraqi army vehicle on a road north of Baghdad", ["Iraq", "Security"])

ze("ze-e3", 24877, "kdp-presents-erbil-list-for-iraqi-parliamentary-elections", "E3", "2025-09-17 19:05",
   "KDP presents Erbil list for Iraqi parliamentary elections",
   """
   ERBIL — The Kurdistan Democratic Party (KDP) introduced its candidates for Erbil province at a crowded ceremony in the
   city on Wednesday, ahead of Iraq's parliamentary elections on November 11.

   Thousands of supporters waving yellow flags attended the event, where candidates presented the party's election
   program, which focuses on defending the Kurdistan Region's constitutional rights, ending the salary crisis and
   restarting oil exports.

   Candidate Nazdar Omar told Zagros Post: "Salaries must never again be used as a weapon against our people. That is
   why we are going to Baghdad."

   The KDP is expected to present its lists for Duhok, Nineveh and Kirkuk in the coming days. The Independent High
   Electoral Commission (IHEC) has yet to open the official campaign period.
   """, "kdp-erbil-candidates.jpg", "KDP supporters wave yellow flags in Erbil", ["Politics", "Elections"],
   creator="Rawa Ismail")

ze("ze-s5", 24890, "erbil-court-jails-four-over-migrant-smuggling-network", "S5", "2025-09-18 13:40",
   "Erbil court jails four over migrant-smuggling network",
   """
   ERBIL — A criminal court in Erbil sentenced four men to prison terms of between five and ten years on Thursday for
   running a network that smuggled migrants from the Kurdistan Region to Europe through Turkey and Belarus, a court
   official said.

   According to the official, the network charged each migrant between $8,000 and $15,000 and used forged visas and hotel
   bookings. Investigators identified at least 60 people, including minors, who had paid the group over two years.

   One of the defendants was also ordered to pay compensation to the family of a young man from Raniya who died in a
   forest on the Belarus-Poland border in 2023.

   "We sold our land to pay them and lost our son," the man's father, Kamal Rashid, told Zagros Post outside the court.

   Kurdish authorities have stepped up prosecutions of smugglers since the border crisis of 2021.
   """, "erbil-courthouse.jpg", "The courthouse in Erbil", ["Kurdistan", "Courts"], creator="Dilan Hama")

ze("ze-e10", 24896, "imf-says-iraq-needs-steady-fiscal-adjustment-as-wage-bill-swells", "E10", "2025-09-18 16:00",
   None, None, "imf-logo-washington.jpg", "The IMF logo at its headquarters", ["Economy", "Iraq"],
   creator="GLP", duplicate_of="wb-e10")  # verbatim syndicated copy of wire-b's story: filled in below

ze("ze-e5a", 24903, "erbil-baghdad-and-oil-companies-agree-on-restart-of-kurdistan-oil-exports", "E5",
   "2025-09-18 18:30",
   "Erbil, Baghdad and oil companies agree on restart of Kurdistan oil exports",
   """
   ERBIL — The Kurdistan Region's Ministry of Natural Resources, Iraq's federal Ministry of Oil and international oil
   companies agreed on Thursday on a mechanism to resume the region's oil exports through the Iraq-Turkey pipeline,
   according to officials who attended a meeting in Baghdad.

   A senior official at the Kurdish ministry told Zagros Post that SOMO will market the oil at Ceyhan and that the
   Kurdistan Region will deliver at least 180,000 barrels per day to the federal government. Companies will receive a
   fixed amount per barrel to cover production and transport costs, he said.

   The agreement now goes to the Iraqi Council of Ministers. "If the cabinet approves it next week, oil could flow
   within days," the official said, asking not to be named.

   The pipeline has been idle since March 2023, costing both Baghdad and Erbil billions of dollars.
   """, "kurdistan-oil-pipeline.jpg", "A section of the Kurdistan oil pipeline", ["Economy", "Energy"],
   creator="Rawa Ismail")

ze("ze-e8", 24921, "five-dead-nine-injured-in-minibus-tanker-collision-near-pirde", "E8", "2025-09-19 12:00",
   "Five dead, nine injured in minibus-tanker collision near Pirde",
   """
   KIRKUK — Five people were killed and nine injured on Friday morning when a minibus collided with a fuel tanker on the
   Erbil-Kirkuk road near the town of Pirde (Altun Kupri), the Pirde traffic directorate said.

   The minibus was carrying construction workers from Kirkuk to building sites in Erbil. The crash happened at about
   7:30 am, and the injured were taken to hospitals in Erbil and Kirkuk. Two are in a critical condition, a health
   official said.

   An eyewitness told Zagros Post that the tanker had drifted into the opposite lane before hitting the minibus.

   Residents of Pirde have long demanded that the road be widened and separated, saying that heavy trucks make the route
   one of the most dangerous in the region.
   """, "erbil-kirkuk-road-crash.jpg", "Wreckage on the Erbil-Kirkuk road near Pirde", ["Kurdistan", "Accidents"],
   creator="Dilan Hama")

ze("ze-e2", 24934, "police-officer-killed-in-mutaibija-blast-second-deadly-attack-in-a-week", "E2",
   "2025-09-20 09:15",
   "Police officer killed in Mutaibija blast, second deadly attack in a week",
   """
   BAGHDAD — A federal police officer was killed and two policemen were wounded when an explosive device hit their
   vehicle in the Mutaibija area on Friday afternoon, security sources said.

   Mutaibija, a rugged area on the border between Salahaddin and Diyala provinces, has long been used by Islamic State
   remnants as a hiding place.

   The attack was the second deadly bombing against Iraqi forces this week. On Tuesday, a roadside bomb killed two
   soldiers in Tarmiyah, north of Baghdad, and two suspects in that attack were arrested on Thursday.

   A police source told Zagros Post that the officer was from Samarra and had served in the area for three years. No
   group has claimed responsibility.
   """, "federal-police-vehicle.jpg", "A federal police vehicle at a checkpoint", ["Iraq", "Security"])

ze("ze-e5b", 24950, "krg-says-pipeline-ready-oil-companies-seek-payment-guarantees-before-restart", "E5",
   "2025-09-20 14:00",
   "KRG says pipeline ready, oil companies seek payment guarantees before restart",
   """
   ERBIL — The Kurdistan Region's Ministry of Natural Resources said on Saturday that technical checks on the region's
   section of the export pipeline had been completed and that pumping could resume as soon as the federal cabinet
   approves Thursday's agreement.

   The Association of the Petroleum Industry of Kurdistan (APIKUR) welcomed the deal in a statement but said its member
   companies still needed written guarantees covering outstanding payments and future deliveries.

   An executive at one of the companies, speaking to Zagros Post on condition of anonymity, said firms were ready to
   resume deliveries "within days" once the guarantees are received.

   Oil exports through the Iraq-Turkey pipeline have been halted since March 2023, when an international arbitration
   ruling in Baghdad's favour led Turkey to stop the flows.
   """, "fishkhabour-metering-station.jpg", "The pipeline metering station near Fishkhabour", ["Economy", "Energy"],
   creator="Rawa Ismail")

ze("ze-e4", 24968, "puk-rallies-thousands-in-sulaimanis-azadi-park-unveils-candidates", "E4", "2025-09-20 19:40",
   "PUK rallies thousands in Sulaimani's Azadi Park, unveils candidates",
   """
   SULAIMANI — The Patriotic Union of Kurdistan (PUK) held a large rally in Sulaimani's Azadi Park on Saturday, where it
   presented its candidates for Sulaimani province in the upcoming Iraqi parliamentary elections.

   Thousands of supporters carried green flags and pictures of the late Jalal Talabani. PUK President Bafel Talabani
   addressed the crowd; according to the party's media office, he spoke about salaries, services and the Kurdistan
   Region's relations with Baghdad.

   The rally came three days after the Kurdistan Democratic Party (KDP) unveiled its Erbil list at a ceremony in the
   regional capital.

   "Sulaimani has its own voice, and we came to show it," Karwan Ahmed, a taxi driver, told Zagros Post.

   Iraq's parliamentary elections will take place on November 11.
   """, "puk-rally-azadi-park.jpg", "PUK supporters in Sulaimani's Azadi Park", ["Politics", "Elections"],
   creator="Dilan Hama")

ze("ze-s1", 24981, "hundreds-run-in-zakhos-first-half-marathon-along-the-khabur", "S1", "2025-09-20 21:10",
   "Hundreds run in Zakho's first half marathon along the Khabur",
   """
   ZAKHO — More than 600 runners from 12 countries took part in the first Zakho Half Marathon on Saturday, following a
   21-kilometer course along the Khabur River and past the city's ancient Delal Bridge.

   The men's race was won by Ahmed Jasim from Basra in 1 hour 9 minutes, while Lava Sherzad from Duhok took the women's
   title. Hundreds of children ran a separate three-kilometer fun run.

   "I have never seen so many people cheering along a race in Kurdistan," Sherzad said after crossing the finish line.

   Organizers said they hope to make the half marathon an annual event and to attract more foreign runners next year.
   Zakho's municipality closed several streets for the race, which started and finished near the Delal Bridge.
   """, "zakho-half-marathon-delal-bridge.jpg", "Runners pass the Delal Bridge in Zakho", ["Sport"],
   creator="Lezan Barwari")

# ===========================================================================
# rafidain-ar: "الرافدين اليوم", RSS 2.0, UTF-8, escaped-HTML description, repeated footer
# ===========================================================================
RT = "https://alrafidain-today.example"
AR_FOOTER = "تابعوا آخر الأخبار على قناة «الرافدين اليوم» في تلغرام وصفحتنا على فيسبوك"
AR = []


def ar(key, nid, event, when, title, body, cat):
    d = dict(key=key, feed="rafidain-ar.xml", lang="ar", event=event, nid=nid,
             guid=f"{RT}/news/{nid}", link=f"{RT}/news/{nid}/{pct_slug(title)}",
             date=local(when) if when else None, title=title, body=paras(body), cat=cat)
    AR.append(d)
    return d


ar("ar-s4", 118204, "S4", "2025-09-16 11:00",
   "السجن سبع سنوات لموظف زوّر وثائق دراسية في بغداد",
   """
   الرافدين اليوم – بغداد

   أصدرت محكمة جنايات الرصافة، اليوم الثلاثاء (16 أيلول 2025)، حكماً بالسجن سبع سنوات بحق موظف في إحدى المديريات
   التربوية أدين بتزوير وثائق دراسية وبيعها مقابل مبالغ مالية.

   وقال مصدر قضائي لـ"الرافدين اليوم"، إن "المدان زوّر أكثر من أربعين وثيقة تخرج للمرحلة الإعدادية خلال ثلاث سنوات،
   واستُخدم بعضها للتعيين في دوائر حكومية".

   وأضاف المصدر أن "المحكمة قررت أيضاً مصادرة الأموال المضبوطة بحوزته، وإحالة الوثائق المزورة إلى الجهات المختصة
   لإلغاء الأوامر الإدارية المبنية عليها".

   وكان المتهم قد ضُبط متلبساً العام الماضي بعد عملية رصد استمرت أسابيع.
   """, "محاكم")

ar("ar-e7", 118231, "E7", "2025-09-16 14:40",
   "هيئة الكمارك تعلن توحيد التعرفة الكمركية في جميع المنافذ بما فيها منافذ إقليم كردستان",
   """
   الرافدين اليوم – بغداد

   أعلنت الهيئة العامة للكمارك، اليوم الثلاثاء (16 أيلول 2025)، البدء بتطبيق تعرفة كمركية موحدة في جميع المنافذ
   الحدودية للبلاد، بما فيها منافذ إقليم كردستان، اعتباراً من الأول من تشرين الأول المقبل.

   وأوضحت الهيئة في بيان أن التصاريح الكمركية ستُسجَّل عبر نظام الأسيكودا الإلكتروني في منافذ إبراهيم الخليل
   وبرويزخان وباشماخ وحاج عمران، على غرار المنافذ الاتحادية، وأن الإيرادات ستودع في الخزينة العامة.

   وقال مسؤول في الهيئة، طلب عدم الكشف عن اسمه، لـ"الرافدين اليوم"، إن "القرار جاء بعد اجتماعات فنية مع الجانب
   الكردي استمرت أشهراً، وسيضع حداً لتفاوت الرسوم بين المنافذ".

   ويشكو تجار في بغداد من أن اختلاف الرسوم دفع كثيراً من المستوردين إلى إدخال بضائعهم عبر منافذ الإقليم خلال
   السنوات الماضية.
   """, "اقتصاد")

ar("ar-e1", 118260, "E1", "2025-09-16 23:10",
   "استشهاد جنديين وإصابة ثلاثة بانفجار عبوة ناسفة شمالي بغداد",
   """
   الرافدين اليوم – بغداد

   أفاد مصدر أمني، مساء اليوم الثلاثاء (16 أيلول 2025)، باستشهاد جنديين وإصابة ثلاثة آخرين بانفجار عبوة ناسفة
   استهدفت دورية للجيش العراقي في قضاء الطارمية شمالي العاصمة.

   وقال المصدر لـ"الرافدين اليوم"، إن "العبوة كانت مزروعة على جانب طريق زراعي شرقي الطارمية، وانفجرت لدى مرور
   الدورية قرابة الساعة التاسعة والنصف مساءً".

   وأضاف أن "الجرحى نقلوا إلى مستشفى عسكري في بغداد، فيما باشرت القوات الأمنية عملية تفتيش واسعة في البساتين
   المحيطة بحثاً عن المنفذين".

   ولم تتبنَّ أي جهة الهجوم حتى الآن، فيما تعد الطارمية من المناطق التي تنشط فيها خلايا تنظيم داعش.
   """, "أمن")

ar("ar-s3", 118282, "S3", "2025-09-17 13:15",
   "دار الكتب والوثائق تفتتح معرضاً للمخطوطات النادرة في بغداد",
   """
   الرافدين اليوم – بغداد

   افتتحت دار الكتب والوثائق الوطنية، اليوم الأربعاء (17 أيلول 2025)، معرضاً للمخطوطات النادرة يضم أكثر من 120
   مخطوطة في الطب والفلك واللغة تعود إلى قرون مختلفة، بعضها لم يُعرض من قبل.

   وقالت المشرفة على المعرض، سناء الجبوري، لـ"الرافدين اليوم"، إن "فرق الترميم عملت أكثر من عام على معالجة
   المخطوطات المتضررة بالرطوبة والحشرات قبل عرضها على الجمهور".

   وأضافت أن "المعرض يستمر أسبوعين ويفتح أبوابه للطلبة والباحثين مجاناً، مع جولات إرشادية يومية".

   وشهد الافتتاح حضور عدد من الأكاديميين وطلبة الجامعات، الذين أبدوا اهتماماً خاصاً بمخطوطة في علم الفلك تعود إلى
   العصر العباسي.
   """, "ثقافة")

ar("ar-e3", 118309, "E3", "2025-09-17 20:10",
   "الديمقراطي الكردستاني يعلن قائمة مرشحيه عن أربيل للانتخابات النيابية",
   """
   الرافدين اليوم – أربيل

   أعلن الحزب الديمقراطي الكردستاني، اليوم الأربعاء (17 أيلول 2025)، قائمة مرشحيه عن محافظة أربيل لانتخابات مجلس
   النواب العراقي المقرر إجراؤها في الحادي عشر من تشرين الثاني المقبل، خلال حفل أقيم في المدينة بحضور الآلاف من
   أنصاره.

   وعرض المرشحون خلال الحفل البرنامج الانتخابي للحزب، الذي يركز على الحقوق الدستورية للإقليم وحسم ملف رواتب
   الموظفين مع الحكومة الاتحادية.

   وقال أحد المرشحين لـ"الرافدين اليوم"، مفضلاً عدم ذكر اسمه، إن "الحزب يسعى إلى زيادة عدد مقاعده في بغداد لضمان
   تمثيل أقوى للإقليم".

   ويأتي الإعلان قبل انطلاق الحملة الدعائية الرسمية التي ستحدد مفوضية الانتخابات موعدها.
   """, "سياسة")

ar("ar-e1b", 118335, "E1", "2025-09-18 12:30",
   "القبض على متهمَين بتفجير عبوة الطارمية",
   """
   الرافدين اليوم – بغداد

   أعلن مصدر في جهاز مكافحة الإرهاب، اليوم الخميس (18 أيلول 2025)، القبض على متهمَين اثنين بزرع العبوة الناسفة التي
   أودت بحياة جنديين في قضاء الطارمية مساء الثلاثاء الماضي.

   وقال المصدر لـ"الرافدين اليوم"، إن "قوة من الجهاز نفذت عملية إنزال فجر اليوم في قرية قريبة من موقع التفجير،
   واعتقلت المتهمَين بعد رصد اتصالاتهما"، مشيراً إلى أن "التحقيقات الأولية تشير إلى ارتباطهما بخلية تابعة لداعش".

   وأضاف أن "القوة ضبطت بحوزتهما مواد تستخدم في صناعة العبوات"، لافتاً إلى أن المتهمَين أُحيلا إلى الجهات التحقيقية
   المختصة.

   وكان ثلاثة جنود آخرين قد أصيبوا في الهجوم، ولا يزال أحدهم يتلقى العلاج.
   """, "أمن")

ar("ar-e5", 118351, "E5", "2025-09-18 17:45",
   "اتفاق بين بغداد وأربيل والشركات على آلية استئناف تصدير نفط الإقليم",
   """
   الرافدين اليوم – بغداد

   توصلت وزارة النفط الاتحادية ووزارة الثروات الطبيعية في إقليم كردستان والشركات النفطية الأجنبية العاملة في
   الإقليم، اليوم الخميس (18 أيلول 2025)، إلى اتفاق على آلية لاستئناف تصدير نفط الإقليم عبر خط الأنابيب العراقي
   التركي إلى ميناء جيهان.

   وبحسب مصدر مطلع حضر الاجتماع، فإن شركة تسويق النفط (سومو) ستتولى تسويق الخام، على أن يسلّم الإقليم ما لا يقل عن
   180 ألف برميل يومياً، فيما يُعرض الاتفاق على مجلس الوزراء للمصادقة عليه.

   وقال المصدر لـ"الرافدين اليوم" إن "استئناف الضخ قد يبدأ خلال أيام من المصادقة".

   ويتوقف تصدير نفط الإقليم عبر تركيا منذ آذار 2023، بعد قرار هيئة تحكيم دولية لصالح بغداد.
   """, "اقتصاد")

# undated item (the CMS left out pubDate); placed where its id puts it
ar("ar-s6", 118366, "S6", None,
   "مديرية ماء البصرة توزع مياه الشرب بالحوضيات في الفاو مع ارتفاع الملوحة",
   """
   الرافدين اليوم – البصرة

   باشرت مديرية ماء البصرة بتوزيع مياه الشرب بالحوضيات على أحياء في قضاء الفاو، بعد ارتفاع نسب الملوحة في شط العرب
   إلى مستويات جعلت مياه الإسالة غير صالحة للاستخدام.

   وقال مسؤول في المديرية لـ"الرافدين اليوم"، مفضلاً عدم الكشف عن اسمه، إن "المديرية خصصت عشرين حوضية تعمل على مدار
   اليوم، إلى حين تحسن الإطلاقات المائية من أعالي النهر".

   ويشكو سكان الفاو وأبي الخصيب من تراجع مناسيب المياه وتضرر بساتين النخيل، فيما قال المزارع عباس كاظم إن "أشجار
   النخيل في بستانه بدأت تجف بعد أن صار الماء مالحاً".

   وتحذر وزارة الموارد المائية منذ أشهر من موسم شحيح بسبب قلة الأمطار وتراجع الإيرادات المائية من دول المنبع.
   """, "محليات")

ar("ar-e8", 118378, "E8", "2025-09-19 11:20",
   "مصرع خمسة أشخاص بحادث سير على طريق أربيل – كركوك",
   """
   الرافدين اليوم – كركوك

   لقي خمسة أشخاص مصرعهم وأصيب تسعة آخرون، صباح اليوم الجمعة (19 أيلول 2025)، بحادث تصادم بين حافلة صغيرة وصهريج
   وقود على طريق أربيل – كركوك قرب ناحية بردي (آلتون كوبري).

   وقال مصدر في مديرية المرور لـ"الرافدين اليوم"، إن "الحافلة كانت تقل عمال بناء من كركوك باتجاه أربيل، واصطدمت
   بالصهريج الذي انحرف عن مساره قرابة الساعة السابعة والنصف صباحاً".

   وأضاف أن "الجرحى نقلوا إلى مستشفيات كركوك وأربيل، وحالة اثنين منهم حرجة".

   ويشهد الطريق الرابط بين المحافظتين حوادث متكررة بسبب كثافة حركة الشاحنات وضيق بعض مقاطعه.
   """, "حوادث")

ar("ar-s10", 118394, "S10", "2025-09-19 15:30",
   "مفوضية الانتخابات: توزيع أكثر من 80% من البطاقات البايومترية",
   """
   الرافدين اليوم – بغداد

   أعلنت المفوضية العليا المستقلة للانتخابات، اليوم الجمعة (19 أيلول 2025)، أن نسبة توزيع البطاقات البايومترية على
   الناخبين تجاوزت 80 بالمئة، قبل أقل من شهرين على موعد الانتخابات النيابية.

   وأوضحت المفوضية في بيان أن مراكز التسجيل ستواصل عملها حتى نهاية الشهر الجاري لتمكين الناخبين المتبقين من تسلم
   بطاقاتهم، داعية المواطنين إلى عدم تأجيل ذلك.

   وقال موظف في أحد مراكز التسجيل في بغداد لـ"الرافدين اليوم"، إن "الإقبال ازداد خلال الأيام الأخيرة، خصوصاً من
   الشباب الذين يصوتون لأول مرة".

   وتجري الانتخابات في الحادي عشر من تشرين الثاني، ويتنافس فيها آلاف المرشحين على مقاعد مجلس النواب البالغة 329
   مقعداً.
   """, "انتخابات")

ar("ar-e9", 118430, "E9", "2025-09-21 10:05",
   "وفاة أربعة من عائلة واحدة بحادث مروري على طريق بغداد – الكوت",
   """
   الرافدين اليوم – واسط

   توفي أربعة أفراد من عائلة واحدة، فجر اليوم الأحد (21 أيلول 2025)، إثر اصطدام سيارتهم بشاحنة على الطريق الرابط بين
   بغداد والكوت قرب قضاء الصويرة في محافظة واسط.

   وقال مصدر في شرطة واسط لـ"الرافدين اليوم"، إن "الضحايا هم رجل وزوجته وطفلاهما، فيما نجا طفل ثالث أصيب بجروح نُقل
   على إثرها إلى مستشفى الصويرة".

   وأضاف أن "السائق فقد السيطرة على السيارة على ما يبدو بسبب السرعة، واصطدم بشاحنة متوقفة على جانب الطريق".

   ويأتي الحادث بعد يومين من مصرع خمسة أشخاص بتصادم حافلة صغيرة وصهريج وقود على طريق أربيل – كركوك.
   """, "حوادث")

# ===========================================================================
# payam-ckb: "پەیام" (Payam Media), RSS 2.0, Sorani, +0300, CDATA HTML description, percent-encoded slugs
# ===========================================================================
PY = "https://payam-media.example/ckb"
CK = []


def ck(key, pid, event, when, title, body, cats, creator="پەیام"):
    d = dict(key=key, feed="payam-ckb.xml", lang="ckb", event=event, guid=f"{PY}/?p={pid}",
             link=f"{PY}/{when[:4]}/{when[5:7]}/{pct_slug(title)}/", date=local(when), title=title,
             body=paras(body), cats=cats, creator=creator)
    CK.append(d)
    return d


ck("ck-e6a", 90412, "E6", "2025-09-15 13:30",
   "سەدان مامۆستا لە سلێمانی بەهۆی دواکەوتنی مووچە خۆپیشاندانیان کرد",
   """
   سەدان مامۆستا و فەرمانبەر ئەمڕۆ دووشەممە، ١٥ی ئەیلوولی ٢٠٢٥، لەبەردەم بینای پارێزگای سلێمانی کۆبوونەوە و
   ناڕەزایی خۆیان بەرامبەر دواکەوتنی مووچەی مانگی ئاب دەربڕی.

   خۆپیشاندەران دروشمیان بەرزکردبووەوە کە داوای دابەشکردنی مووچە لە کاتی خۆیدا و کۆتایی هێنان بە کێشەی نێوان هەولێر
   و بەغدا دەکات. شنۆ ڕەسووڵ، مامۆستای قوتابخانەیەکی سەرەتایی، بە پەیامی ڕاگەیاند: «چەند مانگە مووچەکانمان بە
   دواکەوتن وەردەگرین، ناتوانین کرێی خانوو و خەرجی منداڵەکانمان دابین بکەین.»

   هێزەکانی پۆلیس لە دەوروبەری شوێنی خۆپیشاندانەکە بڵاوکرابوونەوە و هیچ پێکدادانێک ڕووی نەدا. ڕێکخەرانی
   خۆپیشاندانەکە ڕایانگەیاند کە سبەینێش لە هەمان شوێن کۆدەبنەوە ئەگەر وەڵامێکی ڕوون وەرنەگرن.
   """, ["سلێمانی", "ئابووری"])

ck("ck-e6b", 90447, "E6", "2025-09-16 15:45",
   "خۆپیشاندانی مامۆستایان بۆ ڕۆژی دووەم بەردەوامە و گەیشتە هەڵەبجە و ڕانیە",
   """
   بۆ ڕۆژی دووەم، مامۆستایانی ناڕازی لە سلێمانی ئەمڕۆ سێشەممە خۆپیشاندانەکەیان بەردەوام کرد و مامۆستایانی هەڵەبجە و
   ڕانیەش پەیوەندییان پێوە کرد.

   بەپێی ڕێکخەرانی خۆپیشاندانەکە، ژمارەی بەشداربووان لە سلێمانی لە دوێنێ زیاتر بوو و لە چەند قوتابخانەیەکی شارەکە
   وانەکان بە ڕێکوپێکی نەوترانەوە.

   ئارام مەحموود، یەکێک لە ڕێکخەران، گوتی: «داواکارییەکانمان ڕوونن؛ مووچەی ئاب و خشتەیەکی جێگیر بۆ دابەشکردنی
   مووچە.»

   وەزارەتی دارایی هەرێم پێشتر ڕایگەیاندبوو کە چاوەڕێی ناردنی پارەی مووچە لە لایەن بەغداوەیە و دوای گەیشتنی پارەکە
   دەست بە دابەشکردن دەکات.
   """, ["سلێمانی", "ئابووری"])

ck("ck-e7", 90455, "E7", "2025-09-16 19:00",
   "بەغدا تەعریفەی گومرگیی یەکگرتوو لە هەموو دەروازە سنوورییەکان جێبەجێ دەکات",
   """
   دەستەی گشتیی گومرگی عێراق ئەمڕۆ سێشەممە ڕایگەیاند کە لە یەکی تشرینی یەکەمەوە تەعریفەی گومرگیی یەکگرتوو لە سەرجەم
   دەروازە سنوورییەکانی عێراق، لەوانەش دەروازەکانی هەرێمی کوردستان، جێبەجێ دەکرێت.

   بەپێی بڕیارەکە، مامەڵەکانی گومرگ لە دەروازەکانی ئیبراهیم خەلیل و پەروێزخان و باشماخ و حاجی ئۆمەران لە ڕێگەی
   سیستەمی ئەلیکترۆنیی ئەسیکوداوە تۆمار دەکرێن و داهاتەکەیان ڕاستەوخۆ دەچێتە خەزێنەی گشتی.

   بازرگانێکی هەولێر کە نەیویست ناوی بڵاوبکرێتەوە بە پەیامی گوت کە لە زیادبوونی نرخی کاڵا هاوردەکراوەکان دەترسێت.
   لە بەرامبەردا، فەرمانبەرێکی گومرگی هەرێم گوتی هەماهەنگی لەگەڵ بەغدا بەردەوامە و دەروازەکان ئامادەن بۆ سیستەمە
   نوێیەکە.
   """, ["ئابووری", "عێراق"])

ck("ck-s2", 90463, "S2", "2025-09-16 20:30",
   "فێستیڤاڵی شانۆی سلێمانی بە بەشداریی ١٤ تیپ دەستی پێکرد",
   """
   خولی هەشتەمی فێستیڤاڵی شانۆی سلێمانی ئەمشەو سێشەممە لە هۆڵی ڕۆشنبیری لە شاری سلێمانی بە بەشداریی چواردە تیپی
   شانۆیی لە هەرێمی کوردستان و عێراق و ئێران و تورکیا دەستی پێکرد.

   فێستیڤاڵەکە شەش ڕۆژ دەخایەنێت و لە ماوەیدا شانۆگەرییەکان بە زمانەکانی کوردی و عەرەبی و فارسی و تورکی پیشکەش
   دەکرێن، هەروەها چەند وۆرکشۆپێک بۆ ئەکتەرانی گەنج ڕێکدەخرێت.

   دڵشاد کەریم، بەڕێوەبەری فێستیڤاڵەکە، گوتی: «شانۆ لە سلێمانی مێژوویەکی دوورودرێژی هەیە و ئەمساڵ زیاتر لە هەموو
   ساڵێک گەنجان بەشدارن.»

   شانۆگەریی کۆتایی فێستیڤاڵەکە ڕۆژی یەکشەممە پیشکەش دەکرێت و خەڵاتی باشترین نمایش دەبەخشرێت.
   """, ["کولتوور"])

ck("ck-e1", 90478, "E1", "2025-09-17 09:00",
   "دوو سەربازی سوپای عێراق بە تەقینەوەی بۆمبێک لە باکووری بەغدا گیانیان لەدەستدا",
   """
   دوو سەربازی سوپای عێراق شەوی ڕابردوو بە تەقینەوەی بۆمبێکی چێندراو لە ناوچەی تارمیە لە باکووری بەغدا گیانیان
   لەدەستدا و سێ سەربازی دیکە بریندار بوون.

   سەرچاوەیەکی ئەمنی بە پەیامی ڕاگەیاند کە بۆمبەکە لە نزیک ڕێگایەکی کشتوکاڵی لە ڕۆژهەڵاتی تارمیە چێندرابوو و کاتێک
   پاترۆڵێکی سوپا بەوێدا تێدەپەڕی، نزیکەی کاتژمێر نۆ و نیوی شەو تەقییەوە.

   برینداران گوازرانەوە بۆ نەخۆشخانەیەکی سەربازی لە بەغدا. هێزە ئەمنییەکان دەستیان بە گەڕان لە باخ و کێڵگەکانی
   دەوروبەر کرد بۆ دۆزینەوەی ئەنجامدەران.

   هێشتا هیچ لایەنێک بەرپرسیارێتیی هێرشەکەی نەگرتووەتە ئەستۆ، بەڵام ناوچەی تارمیە پێشتریش شوێنی چالاکیی شانەکانی
   داعش بووە.
   """, ["عێراق", "ئەمنی"])

ck("ck-e3", 90491, "E3", "2025-09-17 18:40",
   "پارتی لیستی پاڵێوراوەکانی بۆ هەڵبژاردنی پەرلەمانی عێراق لە هەولێر ئاشکرا کرد",
   """
   پارتی دیموکراتی کوردستان ئەمڕۆ چوارشەممە لە ڕێوڕەسمێکدا لە هەولێر لیستی پاڵێوراوەکانی خۆی بۆ هەڵبژاردنی پەرلەمانی
   عێراق لە پارێزگای هەولێر ئاشکرا کرد، کە بڕیارە ١١ی تشرینی دووەم بەڕێوە بچێت.

   لە ڕێوڕەسمەکەدا کە هەزاران لایەنگری پارتی تێیدا ئامادە بوون، پاڵێوراوەکان بەرنامەی هەڵبژاردنی پارتییان خستەڕوو کە
   جەخت لە پاراستنی مافە دەستوورییەکانی هەرێم و چارەسەرکردنی کێشەی مووچە دەکاتەوە.

   نازدار عومەر، یەکێک لە پاڵێوراوەکان، گوتی: «ئێمە بۆ ئەوە دەچینە بەغدا کە دەنگی خەڵکی هەولێر بگەیەنین و مووچە
   چیتر نەبێتە کارتی فشار.»

   بانگەشەی فەرمیی هەڵبژاردن هێشتا دەستی پێنەکردووە و کۆمسیۆنی باڵای سەربەخۆی هەڵبژاردنەکان وادەکەی ڕادەگەیەنێت.
   """, ["سیاسەت", "هەڵبژاردن"])

ck("ck-s7", 90512, "S7", "2025-09-18 21:00",
   "ئاگر بەشێکی بەرفراوانی چیای گۆیژەی گرتەوە",
   """
   ئەمڕۆ پێنجشەممە ئاگرێکی گەورە لە بەشێک لە چیای گۆیژە لە باکووری ڕۆژهەڵاتی شاری سلێمانی کەوتەوە و چەندین هێکتار لە
   دار و دەوەن و لەوەڕگای سووتاند.

   بەڕێوەبەرایەتیی بەرگریی شارستانیی سلێمانی ڕایگەیاند کە تیمەکانی دوای نزیکەی پێنج کاتژمێر هەوڵدان، بە هاوکاریی
   هاووڵاتیان توانییان ئاگرەکە بکوژێننەوە و هیچ زیانێکی گیانی لێنەکەوتەوە.

   بەپێی بەرپرسێکی بەرگریی شارستانی، سەختیی ڕێگاکان و گەرمای هەوا و با، کاری تیمەکانیان قورس کردبوو. هۆکاری
   ئاگرکەوتنەوەکە هێشتا ڕوون نییە، بەڵام لێکۆڵینەوە دەستی پێکردووە.

   ژینگەپارێزان داوا لە گەشتیاران دەکەن لە وەرزی وشکیدا ئاگر لە چیاکان نەکەنەوە.
   """, ["سلێمانی", "ژینگە"])

ck("ck-e5", 90526, "E5", "2025-09-19 10:30",
   "ڕێککەوتنی بەغدا و هەولێر و کۆمپانیاکان ڕێگا بۆ دەستپێکردنەوەی هەناردەی نەوتی هەرێم خۆش دەکات",
   """
   وەزارەتی نەوتی عێراق و وەزارەتی سامانە سروشتییەکانی هەرێمی کوردستان و کۆمپانیا نەوتییە بیانییەکان دوێنێ پێنجشەممە
   لە بەغدا لەسەر میکانیزمێک بۆ دەستپێکردنەوەی هەناردەی نەوتی هەرێم لە ڕێگەی بۆری عێراق-تورکیاوە ڕێککەوتن.

   بەپێی ڕێککەوتنەکە، کۆمپانیای سۆمۆ نەوتی هەرێم لە بەندەری جەیهان دەفرۆشێت و هەرێم ڕۆژانە لانیکەم ١٨٠ هەزار بەرمیل
   نەوت ڕادەستی دەکات. ڕێککەوتنەکە پێویستی بە پەسەندکردنی ئەنجومەنی وەزیرانی عێراق هەیە.

   هەناردەی نەوتی هەرێم لە ئاداری ٢٠٢٣ەوە ڕاگیراوە و عێراق و هەرێم زیانی گەورەیان بەرکەوتووە.

   کارمەندێکی باڵای وەزارەتی سامانە سروشتییەکان کە نەیویست ناوی ئاشکرا بکرێت، بە پەیامی گوت کە هەناردە دەکرێت لە
   ماوەی چەند ڕۆژێکدا دەستپێبکاتەوە.
   """, ["ئابووری", "نەوت"])

ck("ck-e8", 90533, "E8", "2025-09-19 10:40",
   "پێنج کەس لە ڕووداوێکی هاتووچۆ لە ڕێگای هەولێر-کەرکووک گیانیان لەدەستدا",
   """
   پێنج کەس گیانیان لەدەستدا و نۆ کەسی دیکە بریندار بوون، کاتێک بەیانیی ئەمڕۆ هەینی مینیبەسێک لە نزیک پردێ لە ڕێگای
   هەولێر-کەرکووک لەگەڵ تانکەرێکی سووتەمەنی پێکدادا.

   بەپێی بەڕێوەبەرایەتیی هاتووچۆی پردێ، مینیبەسەکە کرێکارانی بیناسازیی لە کەرکووکەوە بەرەو هەولێر دەگواستەوە و
   ڕووداوەکە نزیکەی کاتژمێر حەوت و نیوی بەیانی ڕوویدا.

   برینداران گوازرانەوە بۆ نەخۆشخانەکانی هەولێر و کەرکووک و باری تەندروستیی دوو لەوان مەترسیدارە.

   شاهیدێک بە پەیامی گوت: «تانکەرەکە لە ڕێڕەوی خۆی لایدا و مینیبەسەکەی لە پێشەوە پێکا.» پۆلیس لێکۆڵینەوەی لە هۆکاری
   ڕووداوەکە دەست پێکردووە.
   """, ["کوردستان", "ڕووداو"])

ck("ck-e4", 90560, "E4", "2025-09-20 18:15",
   "یەکێتی لە سلێمانی کۆبوونەوەیەکی جەماوەریی ساز کرد و لیستی پاڵێوراوەکانی ناساند",
   """
   یەکێتیی نیشتمانیی کوردستان ئەمڕۆ شەممە لە پارکی ئازادی لە سلێمانی کۆبوونەوەیەکی جەماوەریی گەورەی ساز کرد و
   پاڵێوراوەکانی خۆی بۆ هەڵبژاردنی پەرلەمانی عێراق لە پارێزگای سلێمانی ناساند.

   هەزاران لایەنگری یەکێتی بە ئاڵای سەوزەوە لە پارکەکە کۆبوونەوە. بافڵ تاڵەبانی، سەرۆکی یەکێتی، وتارێکی پێشکەش کرد
   و بەپێی میدیای حزبەکە جەختی لە مووچە و خزمەتگوزاری کردەوە.

   ئەم کۆبوونەوەیە سێ ڕۆژ دوای ئەوە دێت کە پارتی دیموکراتی کوردستان لیستی خۆی لە هەولێر ئاشکرا کرد.

   کاروان ئەحمەد، شۆفێری تەکسی و لایەنگری یەکێتی، گوتی: «هاتووین پیشانی بدەین کە سلێمانی دەنگی خۆی هەیە.»
   """, ["سیاسەت", "هەڵبژاردن"])

# ---------------------------------------------------------------------------
# The syndicated copy: zagros-en republishes wire-b's IMF story word for word, same headline.
_src = next(x for x in WB if x["key"] == "wb-e10")
_dup = next(x for x in ZE if x["key"] == "ze-e10")
_dup["title"], _dup["body"] = _src["title"], list(_src["body"])

ALL = {d["key"]: d for d in WA + WB + ZE + AR + CK}
assert len(ALL) == len(WA) + len(WB) + len(ZE) + len(AR) + len(CK), "duplicate keys"

# ===========================================================================
# Rendering
# ===========================================================================
WP_ENTITIES = {"‘": "&#8216;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;",
               "…": "&#8230;"}


def texturize(s):
    """Curly quotes roughly like WordPress wptexturize (text only, no tags in our sources)."""
    s = re.sub(r"(\w)'(\w)", "\\1’\\2", s)
    s = re.sub(r"(^|[\s(\[])'", "\\1‘", s)
    s = s.replace("'", "’")
    s = re.sub(r'(^|[\s(\[])"', "\\1“", s)
    return s.replace('"', "”")


def wp_title(t):
    s = escape(texturize(t))
    for ch, ent in WP_ENTITIES.items():
        s = s.replace(ch, ent)
    return s


def rfc822(d):
    return format_datetime(d)  # keeps +0300


def gmt(d):
    return format_datetime(d.astimezone(UTC), usegmt=True)


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def newest_first(items):
    return sorted(items, key=lambda it: it["date"], reverse=True)


def write(name, text):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode("utf-8"))


def teaser(first_para, n=30):
    words = first_para.split()
    return " ".join(words) if len(words) <= n else " ".join(words[:n]) + " [&#8230;]"


def render_wire_a():
    entries = []
    for it in sorted(WA, key=lambda x: x["updated"], reverse=True):
        content = "\n".join(f"<p>{escape(p)}</p>" for p in it["body"])
        cats = "".join(f"\n    <category term={quoteattr(c)}/>" for c in it["cats"])
        entries.append(f"""  <entry>
    <id>{escape(it["guid"])}</id>
    <title type="text">{escape(it["title"])}</title>
    <link rel="alternate" type="text/html" href={quoteattr(it["link"])}/>
    <published>{iso_z(it["date"])}</published>
    <updated>{iso_z(it["updated"])}</updated>
    <author>
      <name>{escape(it["author"])}</name>
    </author>{cats}
    <summary type="text">{escape(it["summary"])}</summary>
    <content type="html">{escape(content)}</content>
  </entry>
""")
    newest = max(it["updated"] for it in WA)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:northline.example,2025:feed/middle-east</id>
  <title>Northline News Agency — Middle East</title>
  <subtitle>Breaking news and analysis from the Middle East</subtitle>
  <link rel="self" type="application/atom+xml" href="{NL}/feeds/middle-east.atom"/>
  <link rel="alternate" type="text/html" href="{NL}/middle-east"/>
  <updated>{iso_z(newest)}</updated>
  <rights>© 2025 Northline News Agency</rights>
  <generator>Northline CMS</generator>
{"".join(entries)}</feed>
"""


def wb_item(it, revised=False):
    title = it["title_v2"] if revised else it["title"]
    body = it["body_v2"] if revised else it["body"]
    cats = "".join(f"\n      <category>{escape(c)}</category>" for c in it["cats"])
    desc = ""
    if body:
        desc = "\n      <description>" + escape("\n\n".join(body)) + "</description>"
    return f"""    <item>
      <title>{escape(title)}</title>
      <link>{escape(it["link"])}</link>
      <guid isPermaLink="false">{escape(it["guid"])}</guid>
      <pubDate>{gmt(it["date"])}</pubDate>{cats}{desc}
    </item>
"""


def wb_feed(items_xml, build):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Gulf &amp; Levant Press: Middle East</title>
    <link>{GLP}/world/middle-east</link>
    <description>Middle East news from Gulf &amp; Levant Press (GLP)</description>
    <language>en-gb</language>
    <copyright>Copyright 2025 GLP. All rights reserved.</copyright>
    <atom:link href="{GLP}/rss/middle-east.xml" rel="self" type="application/rss+xml"/>
    <lastBuildDate>{gmt(build)}</lastBuildDate>
    <ttl>10</ttl>
{items_xml}  </channel>
</rss>
"""


def render_zagros():
    out = []
    for it in newest_first(ZE):
        ps = [texturize(p) for p in it["body"]]
        img = (f'<p><img decoding="async" width="1200" height="675" src="{it["img"]}" '
               f'class="attachment-full size-full wp-post-image" alt="{escape(it["alt"], {chr(34): "&quot;"})}" /></p>')
        content = "\n".join([img] + [f"<p>{p}</p>" for p in ps])
        assert "]]>" not in content
        cats = "\n".join(f"\t\t<category><![CDATA[{c}]]></category>" for c in it["cats"])
        out.append(f"""	<item>
		<title>{wp_title(it["title"])}</title>
		<link>{escape(it["link"])}</link>
		<dc:creator><![CDATA[{it["creator"]}]]></dc:creator>
		<pubDate>{rfc822(it["date"])}</pubDate>
{cats}
		<guid isPermaLink="false">{escape(it["guid"])}</guid>
		<description><![CDATA[{teaser(ps[0])}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
	</item>
""")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>Zagros Post</title>
	<atom:link href="{ZP}/feed/" rel="self" type="application/rss+xml" />
	<link>{ZP}</link>
	<description>News from Kurdistan, Iraq and the region</description>
	<lastBuildDate>{rfc822(local("2025-09-20 21:14"))}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.2</generator>
{"".join(out)}</channel>
</rss>
"""


def ar_order():
    """Newest first by CMS id; the undated item sits where its id puts it."""
    return sorted(AR, key=lambda it: it["nid"], reverse=True)


def render_ar():
    out = []
    for it in ar_order():
        html_desc = "".join(f"<p>{p}</p>" for p in it["body"]) + f"<p><strong>{AR_FOOTER}</strong></p>"
        pub = f"\n<pubDate>{rfc822(it['date'])}</pubDate>" if it["date"] else ""
        out.append(f"""<item>
<title>{escape(it["title"])}</title>
<link>{escape(it["link"])}</link>
<guid isPermaLink="false">{escape(it["guid"])}</guid>{pub}
<category>{escape(it["cat"])}</category>
<enclosure url="{RT}/uploads/2025/09/{it["nid"]}.jpg" length="0" type="image/jpeg" />
<description>{escape(html_desc)}</description>
</item>
""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>الرافدين اليوم</title>
<link>{RT}</link>
<description>الرافدين اليوم - أخبار العراق على مدار الساعة</description>
<language>ar</language>
<atom:link href="{RT}/rss" rel="self" type="application/rss+xml" />
<lastBuildDate>{rfc822(local("2025-09-21 10:10"))}</lastBuildDate>
<ttl>15</ttl>
{"".join(out)}</channel>
</rss>
"""


def render_ckb():
    out = []
    for it in newest_first(CK):
        content = "\n".join(f"<p>{p}</p>" for p in it["body"])
        assert "]]>" not in content
        cats = "\n".join(f"    <category><![CDATA[{c}]]></category>" for c in it["cats"])
        out.append(f"""  <item>
    <title>{escape(it["title"])}</title>
    <link>{escape(it["link"])}</link>
    <guid isPermaLink="false">{escape(it["guid"])}</guid>
    <pubDate>{rfc822(it["date"])}</pubDate>
    <dc:creator><![CDATA[{it["creator"]}]]></dc:creator>
{cats}
    <description><![CDATA[{content}]]></description>
  </item>
""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>پەیام</title>
  <link>{PY}/</link>
  <description>هەواڵی کوردستان و عێراق و ناوچەکە</description>
  <language>ckb</language>
  <atom:link href="{PY}/feed/" rel="self" type="application/rss+xml" />
  <lastBuildDate>{rfc822(local("2025-09-20 18:20"))}</lastBuildDate>
{"".join(out)}</channel>
</rss>
"""


def build():
    labels = []

    def label(it, feed=None, title=None, **extra):
        e = dict(feed=feed or it["feed"], guid=it["guid"], link=it["link"],
                 title=title or it["title"], lang=it["lang"], event=it["event"], duplicate_of=None,
                 published=iso_z(it["date"]) if it.get("date") else None)
        if it.get("duplicate_of"):
            src = ALL[it["duplicate_of"]]
            e["duplicate_of"] = src["guid"]
            e["duplicate_of_feed"] = src["feed"]
            e["note"] = "verbatim syndicated copy (same headline and text) of the wire-b story, own URL and guid"
        e.update(extra)
        labels.append(e)

    # wire-a
    write("wire-a.xml", render_wire_a())
    for it in sorted(WA, key=lambda x: x["updated"], reverse=True):
        extra = {}
        if it["updated"] != it["date"]:
            extra["note"] = "Atom entry whose <updated> is later than <published>"
        if "utm_" in it["link"]:
            extra["note"] = (extra.get("note", "") + "; " if extra.get("note") else "") + "link carries utm_* parameters"
        label(it, **extra)

    # wire-b, poll 1: everything first seen in poll 1
    p1 = newest_first([it for it in WB if it["poll"] == 1])
    write("wire-b.xml", wb_feed("".join(wb_item(it) for it in p1), utc("2025-09-19 18:00")))
    for it in p1:
        extra = {"poll": 1}
        if not it["body"]:
            extra["note"] = "title-only item: no description"
        label(it, **extra)

    # wire-b, poll 2: the 10 newest (3 new, 1 revised, 6 repeated unchanged); the 2 oldest fall out of the window
    p2 = newest_first(WB)[:10]
    xml = []
    for it in p2:
        if it["poll"] == 2:
            xml.append(wb_item(it))
            label(it, feed="wire-b.page2.xml", poll=2)
        elif it.get("title_v2"):
            xml.append(wb_item(it, revised=True))
            label(it, feed="wire-b.page2.xml", title=it["title_v2"], poll=2,
                  same_item_as={"feed": "wire-b.xml", "guid": it["guid"]}, updated=True,
                  previous_title=it["title"],
                  note="same item as in wire-b.xml (same guid, link and pubDate), revised: headline and first "
                       "sentence changed (five killed -> six killed, nine injured -> eight)")
        else:
            xml.append(wb_item(it))
            label(it, feed="wire-b.page2.xml", poll=2, same_item_as={"feed": "wire-b.xml", "guid": it["guid"]},
                  updated=False, note="unchanged re-appearance of the wire-b.xml item in the next poll")
    write("wire-b.page2.xml", wb_feed("".join(xml), utc("2025-09-21 10:00")))

    # zagros-en
    write("zagros-en.xml", render_zagros())
    for it in newest_first(ZE):
        label(it, title=html.unescape(wp_title(it["title"])))

    # rafidain-ar
    write("rafidain-ar.xml", render_ar())
    for it in ar_order():
        label(it, **({"note": "item has no pubDate"} if not it["date"] else {}))

    # payam-ckb
    write("payam-ckb.xml", render_ckb())
    for it in newest_first(CK):
        label(it)

    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": EVENTS, "items": labels}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    write("feeds.conf", """# scen4 (iraq-sept): one week (2025-09-15 .. 2025-09-21) of Iraq/Kurdistan news, five feeds.
# {BASE} = base URL under which this directory is served by the test harness.
# Format: URL name="Outlet name" lang=<en|ar|ckb>
#
# Poll 2: serve wire-b.page2.xml at the {BASE}/wire-b.xml URL (the next poll of the same feed);
# it is deliberately not listed as a separate feed.
{BASE}/wire-a.xml name="Northline News Agency" lang=en
{BASE}/wire-b.xml name="Gulf and Levant Press" lang=en
{BASE}/zagros-en.xml name="Zagros Post" lang=en
{BASE}/rafidain-ar.xml name="Al-Rafidain Today" lang=ar
{BASE}/payam-ckb.xml name="Payam" lang=ckb
""")
    distinct = len([e for e in labels if not e.get("same_item_as")])
    print(f"wrote 6 feed files, {len(labels)} label entries ({distinct} distinct items), feeds.conf")


if __name__ == "__main__":
    build()
