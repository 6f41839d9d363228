#!/usr/bin/env python3
"""Generate the election-week scenario: five feeds, a second poll of BasNews English, labels.json.

Everything below is synthetic, written for this test. The quotations, mid-level officials,
victims, candidates, the two electoral lists, bylines, post ids and figures are invented;
direct quotes are attributed only to invented or anonymous people. Real places, institutions
and senior office-holders appear only to make the copy realistic, and nothing they are reported
to have said or done here (in indirect speech) is taken from real reporting.

Re-running rewrites basnews-en.xml, basnews-en.update.xml, meridian-world.xml,
tigrismonitor-rdf.xml, alwasat-ar.xml, payam-ckb.xml and labels.json in this directory.
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
IRQ = timezone(timedelta(hours=3))  # Iraq: UTC+3 all year
UTC = timezone.utc


def at(s):
    """'2025-11-04 13:40' in Baghdad/Erbil time."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=IRQ)


def atz(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def paras(text):
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def hx(key, n):
    return hashlib.sha1(("scen5/" + key).encode()).hexdigest()[:n]


EVENTS = {
    "E1": "Special (early) voting on Sun 9 Nov 2025 for security forces and displaced people in camps, two days before "
          "Iraq's 11 Nov parliamentary election: IHEC's preparations (8 Nov), the vote itself, device glitches in "
          "Nineveh, turnout of about 79% announced in the evening.",
    "E2": "Roadside bomb hits an Iraqi army patrol in Mutaibija (Salahuddin/Diyala border) on Tue 4 Nov 2025: two "
          "soldiers killed, three wounded; follow-up on 5 Nov: two suspects arrested, funerals.",
    "E3": "Roadside bomb hits an army vehicle searching Wadi Horan near Rutba, Anbar, late on Thu 6 Nov 2025: a "
          "lieutenant killed, two soldiers wounded (reported 7 Nov). HARD NEGATIVE for E2; its headlines refer to E2. "
          "English only.",
    "E4": "Turkish drone strike on a pickup truck north of Sidakan, Soran district, Erbil province, Wed 5 Nov 2025: "
          "two men killed; follow-up on 6 Nov: victims identified as local beekeepers and buried.",
    "E5": "Drone strike (blamed on Turkey) on a car at the gate of Makhmour refugee camp, Sat 8 Nov 2025: one killed, "
          "two wounded; funeral on 9 Nov. HARD NEGATIVE for E4; some headlines refer to E4.",
    "E6": "Dukan Dam directorate cuts releases into the Lesser Zab by about a third as the reservoir hits a critical "
          "level (4 Nov 2025); the federal water ministry asks the KRG to keep releases for the winter plan (5 Nov).",
    "E7": "Fire in a fabric/plastics warehouse in Baghdad's Shorja market spreads to nearby shops, Thu 6 Nov 2025; "
          "contained after 4+ hours, three civil defence men treated; 7 Nov: electrical fault blamed, losses counted.",
    "E8": "Fire in the eastern section of Erbil's historic Qaysari bazaar, Sat 8 Nov 2025 evening; about 30 shops "
          "destroyed, one firefighter hurt. HARD NEGATIVE for E7 (both market fires; E8 copy mentions E7).",
    "E9": "The (invented) Civic Tomorrow Alliance withdraws its nine candidates in Basra, alleging vote-buying, Wed 5 "
          "Nov 2025; IHEC says names stay on printed ballots. English only.",
    "E10": "The (invented) New Horizon List suspends its campaign in Sulaimani after its office is stoned and posters "
           "torn, Fri 7 Nov 2025; not withdrawing. HARD NEGATIVE for E9 (the Arabic copy mentions E9).",
    "S1": "Singleton: Iraq Stars League, Zakho 0-0 Al-Talaba (7 Nov 2025), BasNews English only.",
    "S2": "Singleton: Kurdish short film week opens in Duhok (6 Nov 2025), Payam News (Sorani) only.",
    "S3": "Singleton: Iraqi Meteorological Organization forecasts rain and a temperature drop from Thursday "
          "(5 Nov 2025), Al-Wasat (Arabic) only. Shares drought/dam vocabulary with E6.",
    "S4": "Singleton: head-on collision on the Erbil-Koya road near Degala kills three (night of 4/5 Nov 2025), "
          "Payam News (Sorani) only.",
    "S5": "Singleton: an old heritage house collapses in Old Basra, two hurt (undated item), Al-Wasat (Arabic) only.",
    "S6": "Singleton: KRG cuts regular petrol and diesel prices at licensed stations (3 Nov 2025), BasNews English only.",
    "S7": "Singleton: Iraq repatriates about 150 families from Syria's al-Hol camp to a centre near Qayyarah "
          "(4 Nov 2025), Meridian Press only. Shares camp vocabulary with E1/E5.",
    "S8": "Singleton: oil prices edge up after OPEC+ says it will pause output increases in Q1 2026 (3 Nov 2025), "
          "Meridian Press business only.",
    "S9": "Singleton: Iraq coach names squad for the World Cup play-off against the UAE (5 Nov 2025), Tigris Monitor "
          "only. Football like S1, a different happening.",
    "S10": "Singleton: federal finance ministry starts funding November salaries of state employees (3 Nov 2025), "
           "Al-Wasat (Arabic) only.",
}

ALL = {}  # key -> item


def add(d):
    assert d["key"] not in ALL, d["key"]
    ALL[d["key"]] = d
    return d


# ---------------------------------------------------------------------------------------------
# BasNews English (WordPress RSS 2.0)
# ---------------------------------------------------------------------------------------------
BN = "https://www.basnews.com/en"
BN_UP = BN + "/wp-content/uploads/2025/11/"


def bn(key, pid, slug, event, when, title, body, img, alt, cats, creator="BasNews", poll=1, **kw):
    return add(dict(key=key, feed="basnews-en.xml", lang="en", event=event, pid=pid, poll=poll,
                    guid=f"{BN}/?p={pid}", link=f"{BN}/{slug}/", date=at(when), title=title,
                    body=paras(body), img=BN_UP + img, alt=alt, cats=cats, creator=creator, **kw))


bn("bn-s6", 912040, "krg-cuts-petrol-and-diesel-prices-at-state-run-stations", "S6", "2025-11-03 10:15",
   "KRG cuts petrol & diesel prices at licensed stations from Tuesday",
   """
   <strong>ERBIL —</strong> The Kurdistan Regional Government's Ministry of Natural Resources announced on Monday a
   reduction in the price of regular petrol and diesel sold at licensed fuel stations across the Kurdistan Region,
   effective from Tuesday.

   Under the new tariff, a litre of regular petrol will cost 850 Iraqi dinars instead of 950, while diesel drops from
   900 to 800 dinars. The price of premium petrol is unchanged.

   The ministry said the decision followed higher output from local refineries and was meant to ease pressure on
   households before winter, when demand for diesel and kerosene for heating rises.

   "Every hundred dinars matters for a taxi driver," said Sardar Kamal, who drives a cab between Erbil and Koya. "But
   we will believe it when we see it on the pumps."

   Private stations are expected to adopt the new prices within days, and inspection teams will fine stations found
   overcharging, the ministry added.
   """, "fuel-station-erbil.jpg", "A fuel station on Erbil's 100-metre road", ["Kurdistan", "Economy"],
   creator="Shilan Omar",
   note="title carries an escaped ampersand (&amp;) in the XML")

bn("bn-e6", 912113, "dukan-dam-cuts-water-releases-as-reservoir-drops-to-critical-level", "E6", "2025-11-04 09:30",
   "Dukan Dam cuts water releases as reservoir drops to critical level",
   """
   <strong>SULAIMANI —</strong> The directorate of Dukan Dam said on Tuesday it had reduced the volume of water
   released into the Lesser Zab river by nearly a third, as the reservoir behind the dam fell to one of its lowest
   levels since the dam was completed in the late 1950s.

   Outflow was cut from about 120 to 85 cubic metres per second, the directorate said in a statement, adding that the
   lake now holds less than a fifth of its storage capacity after a second consecutive year of poor rainfall.

   "We have to keep enough water for drinking in Sulaimani, Kirkuk and the towns along the river until the rains
   come," said Rebwar Kakil, a hydrologist at the directorate.

   Farmers downstream in Raniya, Koya and the Hawija plain in Kirkuk province rely on the river to irrigate winter
   wheat, and several farmers' associations warned that planting would be delayed.

   The Kurdistan Region's agriculture ministry urged farmers to switch to drip irrigation where possible.
   """, "dukan-lake-low.jpg", "The shrunken lake behind Dukan Dam", ["Kurdistan", "Environment"])

bn("bn-e2a", 912131, "roadside-bomb-kills-two-iraqi-soldiers-in-mutaibija", "E2", "2025-11-04 13:40",
   "Roadside bomb kills two Iraqi soldiers in Mutaibija",
   """
   <strong>SAMARRA —</strong> Two Iraqi army soldiers were killed and three others, including an officer, were
   wounded on Tuesday morning when a roadside bomb struck their patrol in the Mutaibija area on the boundary between
   Salahuddin and Diyala provinces, a security source told BasNews.

   The device went off as a Humvee carrying troops of the army's 4th Division drove along a dirt track used for
   routine patrols east of Samarra, the source said.

   "The bomb was planted overnight on the only road into the orchards. They knew the patrol would pass there," said
   the source, who asked not to be named.

   The wounded were taken to Samarra General Hospital. No group immediately claimed responsibility, but ISIS remnants
   are known to hide in the rough terrain and palm groves of Mutaibija.

   The attack came a week before Iraq's parliamentary election on November 11, ahead of which the security forces
   have announced operations to secure roads and polling centres.
   """, "army-humvee-salahuddin.jpg", "An Iraqi army Humvee on patrol in Salahuddin", ["Iraq", "Security"])

bn("bn-e2b", 912188, "iraqi-forces-arrest-two-suspects-over-mutaibija-roadside-bomb", "E2", "2025-11-05 11:00",
   "Iraqi forces arrest two suspects over Mutaibija roadside bomb",
   f"""
   <strong>SAMARRA —</strong> Iraqi security forces on Wednesday arrested two men suspected of planting the roadside
   bomb that <a href="{BN}/roadside-bomb-kills-two-iraqi-soldiers-in-mutaibija/">killed two soldiers in
   Mutaibija</a> a day earlier, a military intelligence officer said.

   The pair were detained in a raid on a farmhouse in the orchards near the blast site, where troops also found wires,
   detonators and materials used to make explosives, according to the officer, who spoke on condition of anonymity.

   Funerals for the two soldiers, both in their twenties, were held on Wednesday in Samarra and in Baghdad.

   Salahuddin Operations Command said search operations were continuing in the orchards and valleys of Mutaibija,
   which has long served as a hideout for ISIS cells.

   "We are close to identifying the man who gave the orders," the officer said.
   """, "salahuddin-raid.jpg", "Iraqi troops during a raid in Salahuddin province", ["Iraq", "Security"])

bn("bn-e4a", 912205, "turkish-drone-strike-kills-two-in-sidakan", "E4", "2025-11-05 16:20",
   "Turkish drone strike kills two in Sidakan, local sources say",
   """
   <strong>SORAN —</strong> A Turkish drone struck a pickup truck on a mountain road north of Sidakan town, in Erbil
   province's Soran district, on Wednesday afternoon, killing both people inside, local sources told BasNews.

   The vehicle caught fire after being hit and the bodies were badly burned, a resident said, adding that ambulances
   from Sidakan reached the scene about an hour later.

   There was no immediate comment from Ankara. Turkey has for years carried out air and drone strikes in the border
   areas of the Kurdistan Region, saying it targets fighters of the Kurdistan Workers' Party (PKK), despite the
   group's announcement earlier this year that it was laying down its arms.

   "People here thought the strikes would stop once the peace process began. We are still burying our neighbours,"
   said Kawa Hasan, a shopkeeper in Sidakan.

   The Sidakan area, close to both the Turkish and Iranian borders, is among the most frequently bombed parts of the
   region.
   """, "sidakan-road.jpg", "A mountain road near Sidakan", ["Kurdistan", "Security"], creator="Karzan Ahmed")

bn("bn-e9", 912219, "civic-alliance-pulls-candidates-out-of-basra-race", "E9", "2025-11-05 19:00",
   "Civic alliance pulls its candidates out of Basra race, citing vote-buying",
   """
   <strong>ERBIL —</strong> The Civic Tomorrow Alliance, a small secular coalition contesting Iraq's parliamentary
   election in Basra, announced on Wednesday that it was withdrawing all nine of its candidates in the province,
   accusing rival parties of buying votes and using state resources.

   The alliance said in a statement that its candidates had faced intimidation and that some of its volunteers had
   been offered money to hand over voter cards.

   The Independent High Electoral Commission (IHEC) said ballot papers had already been printed and the alliance's
   names would remain on them.

   "We refuse to be decoration for an election that has been decided with money," said Mustafa al-Saadi, the
   alliance's spokesman in Basra.

   Basra, Iraq's oil hub, elects 25 of the 329 members of parliament. Observers say the withdrawal is unlikely to
   change the outcome but reflects frustration among groups that emerged from the 2019 protests.
   """, "basra-election-posters.jpg", "Election posters on a street in Basra", ["Iraq", "Elections"])

bn("bn-e4b", 912260, "sidakan-drone-strike-victims-identified-as-local-beekeepers", "E4", "2025-11-06 10:45",
   "Sidakan drone strike victims identified as local beekeepers, family says",
   f"""
   <strong>SORAN —</strong> The two men killed in Wednesday's <a href="{BN}/turkish-drone-strike-kills-two-in-sidakan/">drone
   strike near Sidakan</a> were beekeepers from the area with no links to any armed group, a relative told BasNews on
   Thursday.

   The family named them as Aras Mamand, 34, and his cousin Hawkar Mamand, 27, both from a village in the Sidakan
   subdistrict. They were driving back from their hives in the mountains when their pickup was hit.

   "They went up every week to feed the bees before winter. That is all they did," said Salar Mamand, another cousin.

   The two were buried in Sidakan on Thursday morning, with hundreds of residents attending. Some mourners called on
   Erbil and Baghdad to take a firmer stand against cross-border strikes.

   There was still no comment from Turkish officials.
   """, "sidakan-funeral.jpg", "Mourners at a funeral in Sidakan", ["Kurdistan", "Security"], creator="Karzan Ahmed")

bn("bn-e7", 912291, "fire-tears-through-warehouses-in-baghdads-shorja-market", "E7", "2025-11-06 18:30",
   "Fire tears through warehouses in Baghdad’s Shorja market",
   """
   <strong>BAGHDAD —</strong> A large fire broke out on Thursday afternoon in a warehouse storing fabrics and plastic
   goods in Baghdad's Shorja market and spread to several neighbouring shops, according to Iraqi civil defence.

   About 20 fire engines were deployed, and firefighters needed more than four hours to bring the blaze under control
   in the narrow alleys of the wholesale market, where heavy vehicles struggle to get through.

   No deaths were reported, but three civil defence personnel were treated for smoke inhalation.

   Shorja, one of Baghdad's oldest and busiest markets, has seen repeated fires in recent years, often blamed on
   overloaded wiring and careless storage of flammable goods.
   """, "shorja-smoke.jpg", "Smoke rises over Baghdad's Shorja market", ["Iraq"])

bn("bn-e3", 912318, "roadside-bomb-kills-iraqi-army-officer-in-anbar-desert", "E3", "2025-11-07 09:10",
   "Roadside bomb kills Iraqi army officer in Anbar desert, days after Mutaibija attack",
   """
   <strong>ERBIL —</strong> An Iraqi army lieutenant was killed and two soldiers were wounded late on Thursday when a
   roadside bomb hit their vehicle during a search operation in Wadi Horan, in the western desert of Anbar province
   near Rutba, security sources said on Friday.

   The unit, from the army's 7th Division, was combing the valley after intelligence reports of ISIS movement, one of
   the sources said.

   The bombing came two days after a similar device killed two soldiers in Mutaibija, between Salahuddin and Diyala,
   and has deepened concern about security ahead of the November 11 vote.

   Wadi Horan, a deep valley running hundreds of kilometres towards the Syrian and Saudi borders, has long been used
   by ISIS remnants as a hiding place and smuggling route.

   "The valleys are huge and the group still knows them better than anyone," said a retired army brigadier in Ramadi,
   who asked not to be named.
   """, "anbar-desert-patrol.jpg", "Iraqi troops in the Anbar desert", ["Iraq", "Security"])

bn("bn-e10", 912344, "new-horizon-list-suspends-campaign-in-sulaimani", "E10", "2025-11-07 15:00",
   "New Horizon List suspends election campaign in Sulaimani after office attacked",
   """
   <strong>SULAIMANI —</strong> The New Horizon List, a small Kurdish electoral list running in Sulaimani province,
   said on Friday it had suspended its campaign for Iraq's parliamentary election after unknown people threw stones at
   its main office and tore down its posters overnight.

   The list said the windows of its office in the city's Bakhtiari neighbourhood were smashed and several of its
   billboards on the Sulaimani–Kirkuk road were burned.

   "We are suspending our rallies until the security forces tell us who did this. We are not withdrawing," said Shwan
   Rauf, who heads the list.

   Sulaimani police said they had opened an investigation and were reviewing camera footage from the area.

   The list is fielding four candidates in Sulaimani province, which elects 18 members of the Iraqi parliament.
   """, "sulaimani-office-windows.jpg", "A campaign office with smashed windows in Sulaimani",
   ["Kurdistan", "Elections"], creator="Shilan Omar")

bn("bn-s1", 912371, "zakho-and-al-talaba-share-points-in-stars-league", "S1", "2025-11-07 21:30",
   "Zakho and Al-Talaba share the points in goalless Stars League draw",
   """
   <strong>ZAKHO —</strong> Zakho were held to a goalless draw by Al-Talaba at home on Friday in the Iraq Stars
   League, a result that leaves the Duhok province side fifth in the table.

   Zakho dominated possession in the first half and hit the crossbar with a long-range shot just before the break, but
   Al-Talaba's goalkeeper made several saves after the interval to keep the visitors level.

   "We created enough chances to win two matches. Football is sometimes like that," said Zakho assistant coach Nizar
   Haji after the game.

   The league now pauses for the national team's World Cup qualifying play-off against the United Arab Emirates, and
   Zakho return to action away at Al-Kahrabaa later this month.
   """, "zakho-stadium.jpg", "Zakho players during the match", ["Sport"], creator="Dilan Sabri")

_e8_body_v1 = """
   <strong>ERBIL —</strong> A fire broke out on Saturday evening in a section of Erbil's historic Qaysari bazaar, at
   the foot of the city's citadel, sending thick smoke over the old city centre.

   Civil defence teams were still trying to contain the blaze late on Saturday, and it was not yet clear how many
   shops had been damaged.

   Shopkeepers said the fire started in a clothing shop in the covered alleys on the bazaar's eastern side shortly
   after seven in the evening, when most traders had already closed.

   "I saw the smoke from the square and ran. Everything I own was in that shop," said Hemin Aziz, who sells fabrics in
   the bazaar.

   Erbil governorate said a committee would assess the damage. The fire came two days after a blaze gutted warehouses
   in Baghdad's Shorja market, and traders in Erbil have long complained about tangled electrical wiring in the old
   bazaar.
   """
_e8_old = ("Civil defence teams were still trying to contain the blaze late on Saturday, and it was not yet clear how"
           " many shops had been damaged.")
_e8_new = ("Civil defence teams brought the blaze under control after about three hours, but some 30 shops selling"
           " clothes and household goods were destroyed and one firefighter was treated for smoke inhalation.")
bn("bn-e8", 912402, "fire-breaks-out-in-erbils-qaysari-bazaar", "E8", "2025-11-08 20:40",
   "Fire breaks out in Erbil’s historic Qaysari bazaar", _e8_body_v1,
   "erbil-qaysari-smoke.jpg", "Smoke over the Qaysari bazaar below Erbil citadel", ["Kurdistan"],
   title_v2="Fire destroys about 30 shops in Erbil’s historic Qaysari bazaar",
   body_v2=[p.replace(_e8_old, _e8_new) for p in paras(_e8_body_v1)])
assert ALL["bn-e8"]["body_v2"] != ALL["bn-e8"]["body"]

# posts first seen in the second poll
bn("bn-e5", 912433, "makhmour-camp-buries-drone-strike-victim", "E5", "2025-11-09 11:00",
   "Makhmour camp buries victim of Saturday’s drone strike",
   """
   <strong>MAKHMOUR —</strong> Residents of the Makhmour refugee camp on Sunday buried a young man killed a day
   earlier when a drone struck a car near the camp's main entrance, camp officials said.

   The victim, 23-year-old Cudi Arslan, drove residents between the camp and Makhmour town, according to a member of
   the camp administration. Two passengers wounded in the strike remain in hospital in Erbil.

   Hundreds of mourners joined the funeral procession, some chanting slogans against the attack.

   "He was taking people to the market. There was nothing military in that car," said Zelal Kaya, a teacher in the
   camp.

   The camp, home to about 12,000 Kurds who fled Turkey in the 1990s, has been hit by Turkish drones several times in
   recent years. Ankara has not commented on Saturday's strike, which came three days after a drone attack near
   Sidakan killed two men.
   """, "makhmour-funeral.jpg", "A funeral procession in Makhmour camp", ["Kurdistan", "Security"],
   creator="Karzan Ahmed", poll=2)

bn("bn-e1", 912466, "peshmerga-and-security-forces-vote-in-special-ballot", "E1", "2025-11-09 18:30",
   "Peshmerga and security forces vote in special ballot across Kurdistan Region",
   """
   <strong>ERBIL —</strong> Members of the Peshmerga, police and other security forces in the Kurdistan Region cast
   their ballots on Sunday in the special voting held two days ahead of Iraq's parliamentary election, alongside
   displaced people living in camps.

   Polling centres in Erbil, Sulaimani, Duhok and Halabja opened at seven in the morning and closed at six in the
   evening. Staff at the electoral commission's offices in the region said turnout among security personnel was high,
   with final figures expected later in the evening.

   In Duhok province, thousands of displaced Yazidis voted at polling stations set up inside or near the camps.

   "I voted for the first time since I left Sinjar. I want someone in parliament who remembers us," said Khalil Hajo,
   who lives in a camp near Duhok.

   The general vote for 329 seats takes place on Tuesday, November 11. Security personnel on duty that day cannot
   vote, which is why they cast their ballots in advance.
   """, "peshmerga-voting.jpg", "A Peshmerga member votes in Erbil", ["Kurdistan", "Elections"], poll=2)

# ---------------------------------------------------------------------------------------------
# Meridian Press (Atom 1.0 wire)
# ---------------------------------------------------------------------------------------------
MP = "https://meridianpress.net"
UTM = "?utm_source=rss&utm_medium=feed&utm_campaign=world"


def mp(key, slug, event, published, title, summary, body, author, cats, updated=None, utm=False, **kw):
    h = hx(key, 12)
    canon = f"{MP}/world/{slug}-{h}"
    return add(dict(key=key, feed="meridian-world.xml", lang="en", event=event,
                    guid=f"tag:meridianpress.net,{published[:10]}:story/{hx(key + '/id', 20)}",
                    link=canon + (UTM if utm else ""), canonical=canon, date=atz(published),
                    updated=atz(updated) if updated else atz(published), title=title, summary=summary,
                    body=paras(body), author=author, cats=cats, **kw))


mp("mp-s8", "oil-prices-opec-pause-output-increases", "S8", "2025-11-03 07:30",
   "Oil prices edge up after OPEC+ says it will pause output increases early next year",
   "Oil prices rose slightly on Monday after OPEC+ producers agreed to one more small increase in December and a "
   "pause in further hikes in the first three months of 2026.",
   """
   LONDON (Meridian) — Oil prices edged higher on Monday after the OPEC+ group of producers said it would make one more
   small increase to output in December and then hold production steady in the first quarter of next year.

   The decision, announced on Sunday after an online meeting of eight member countries, was read by traders as a sign
   that the group is worried about a possible surplus as demand slows over the northern winter.

   "The pause tells the market that OPEC+ is not chasing market share at any price," said Helena Marsh, an energy
   analyst at a London brokerage.

   Iraq, OPEC's second-largest producer, relies on oil sales for about 90% of state revenue and has been under
   pressure from the group to compensate for past overproduction.
   """, "Tom Whitfield", ["Business", "Energy"])

mp("mp-s7", "iraq-repatriates-families-al-hol-camp-syria", "S7", "2025-11-04 10:00",
   "Iraq brings home another group of families from Syria's al-Hol camp",
   "About 150 Iraqi families, mostly women and children, were brought back from the al-Hol camp in northeastern "
   "Syria and taken to a screening centre south of Mosul.",
   """
   BAGHDAD (Meridian) — Iraq on Tuesday repatriated about 150 families from the al-Hol camp in northeastern Syria, the
   latest in a series of transfers from the sprawling camp that holds relatives of suspected Islamic State militants,
   officials said.

   The families, mostly women and children, crossed the border in buses escorted by security forces and were taken to
   a rehabilitation centre near Qayyarah, south of Mosul, where they will go through security screening and
   psychological support programs before returning to their home areas.

   "Most of the children here were born in the camp. They have never seen an Iraqi school," said a humanitarian worker
   at the centre, who spoke on condition of anonymity because she was not authorized to talk to the media.

   Iraq has brought back thousands of its citizens from al-Hol since 2021 and has urged other countries to do the
   same, arguing that the camp is a breeding ground for extremism.
   """, "Rana Haddad", ["Middle East", "Iraq", "Syria"])

mp("mp-e2", "iraq-roadside-bomb-soldiers-killed-mutaibija", "E2", "2025-11-04 12:00",
   "Roadside bomb kills 2 Iraqi soldiers north of Baghdad a week before election",
   "A roadside bomb struck an Iraqi army patrol in a rural area north of Baghdad on Tuesday, killing two soldiers "
   "and wounding three, security officials said.",
   """
   BAGHDAD (Meridian) — A roadside bomb struck an Iraqi army patrol in a rugged rural area north of Baghdad on
   Tuesday, killing two soldiers and wounding three others, security officials said, a week before the country holds
   parliamentary elections.

   The blast hit an army vehicle in the Mutaibija area, which straddles the provinces of Salahuddin and Diyala, two
   officials said. They spoke on condition of anonymity because they were not authorized to brief reporters.

   No group claimed responsibility, but Islamic State cells remain active in the orchards and valleys of the area,
   years after the group was declared defeated in Iraq in 2017.

   Attacks have declined sharply in recent years, but security forces are on high alert ahead of the Nov. 11 vote, in
   which more than 7,000 candidates are competing for 329 seats.
   """, "Samir Yousif", ["Middle East", "Iraq"], utm=True)

mp("mp-e9", "iraq-basra-civic-alliance-withdraws-election", "E9", "2025-11-05 14:00",
   "Small secular alliance quits Iraq election race in Basra, alleging vote-buying",
   "A coalition of former protest activists said it was pulling its nine candidates out of the parliamentary race "
   "in Iraq's oil-rich south.",
   """
   BASRA, Iraq (Meridian) — A small secular coalition said Wednesday it was pulling its candidates out of Iraq's
   parliamentary election in the southern province of Basra, accusing larger parties of buying votes and pressuring
   its supporters.

   The Civic Tomorrow Alliance, formed by activists who took part in the mass anti-government protests of 2019, had
   nine candidates on the ballot in Basra. It said some of its volunteers had been offered cash in exchange for their
   voter cards.

   The Independent High Electoral Commission said the ballots were already printed and the alliance's candidates would
   stay on them.

   "People asked us: why vote, when the result is bought in advance? We could not answer them," said Noor Jabbar, one
   of the withdrawing candidates.

   Basra produces most of Iraq's oil, but residents complain of poor services, water shortages and unemployment.
   """, "Samir Yousif", ["Middle East", "Iraq", "Elections"])

mp("mp-e4", "iraq-kurdish-region-drone-strike-sidakan", "E4", "2025-11-05 15:00",
   "Drone strike blamed on Turkey kills 2 near Iraq's borders with Iran and Turkey",
   "A drone strike hit a vehicle in a mountainous area of Iraq's northern Kurdish region on Wednesday, killing two "
   "people, local officials said.",
   """
   ERBIL, Iraq (Meridian) — A drone strike hit a pickup truck in a mountainous district of Iraq's semi-autonomous
   Kurdish region on Wednesday, killing the two men inside, local officials said, blaming Turkey for the attack.

   The strike took place north of the town of Sidakan, close to where the borders of Iraq, Turkey and Iran meet, an
   official in the Soran district administration said on condition of anonymity.

   Turkey's Defense Ministry did not immediately respond to a request for comment. Turkish forces have for years
   carried out strikes in northern Iraq against the Kurdistan Workers' Party, or PKK, which waged an insurgency inside
   Turkey for four decades.

   The PKK announced this year that it was laying down its arms as part of a peace process with Ankara, but residents
   say strikes in the border areas have not completely stopped.
   """, "Dilan Omar", ["Middle East", "Iraq", "Turkey"], utm=True)

mp("mp-e7", "iraq-baghdad-shorja-market-fire", "E7", "2025-11-06 14:30",
   "Fire rips through warehouses in Baghdad's historic Shorja market",
   "Firefighters battled for more than four hours to contain a blaze that spread from a warehouse to nearby shops "
   "in one of Baghdad's oldest markets.",
   """
   BAGHDAD (Meridian) — A fire broke out Thursday in a warehouse in Baghdad's Shorja market, one of the oldest and
   busiest wholesale markets in the Iraqi capital, and spread to nearby shops before firefighters contained it, Iraq's
   civil defense directorate said.

   Firefighters battled the blaze for more than four hours in the market's narrow alleys. Three members of the civil
   defense were treated for smoke inhalation and no deaths were reported, the directorate said in an updated
   statement.

   Traders said the warehouse stored fabric, plastic household goods and cooking gas canisters.

   "The smoke was so black you could not see your hand," said Abbas Kareem, who sells kitchenware in the market.
   "Within minutes everyone was running."

   Fires are common in Iraq, where safety rules are often ignored and electrical wiring is overloaded. In 2023, a fire
   at a wedding hall in Nineveh province killed more than 100 people.
   """, "Rana Haddad", ["Middle East", "Iraq"], updated="2025-11-06 17:00")

mp("mp-e3", "iraq-anbar-roadside-bomb-officer-killed", "E3", "2025-11-07 08:00",
   "Bomb kills Iraqi army officer in western desert in second deadly blast this week",
   "A roadside bomb killed an Iraqi army officer and wounded two soldiers in Anbar province, days after another "
   "bomb killed two soldiers north of Baghdad.",
   """
   BAGHDAD (Meridian) — A roadside bomb killed an Iraqi army officer and wounded two soldiers in the western desert of
   Anbar province, security officials said Friday, the second deadly attack on Iraqi troops this week.

   The bomb hit their vehicle late Thursday as the unit searched Wadi Horan, a vast valley near the town of Rutba that
   Islamic State militants have long used as a hideout, two officials said on condition of anonymity.

   On Tuesday, a roadside bomb killed two soldiers in the Mutaibija area north of Baghdad.

   The attacks come days before Iraqis vote in parliamentary elections on Tuesday. The government has deployed tens of
   thousands of troops to secure polling stations and says the security situation is under control.
   """, "Samir Yousif", ["Middle East", "Iraq"])

mp("mp-e5", "iraq-makhmour-camp-drone-strike", "E5", "2025-11-08 09:00",
   "Drone strike near refugee camp in northern Iraq kills 1, second such attack this week",
   "A drone struck a car near a camp for Kurdish refugees from Turkey, three days after another strike in Iraq's "
   "Kurdish region killed two men.",
   """
   ERBIL, Iraq (Meridian) — A drone struck a car near the entrance of a camp for Kurdish refugees from Turkey in
   northern Iraq on Saturday, killing one person and wounding two, camp officials said, three days after another
   strike killed two men near the Iranian border.

   The Makhmour camp, southwest of Erbil, shelters about 12,000 people who fled fighting in southeastern Turkey in the
   1990s. Ankara says the camp is used by the Kurdistan Workers' Party, or PKK, a charge residents deny.

   "The car was leaving the camp with people going to the market," said a member of the camp administration,
   speaking by phone on condition of anonymity for fear of reprisals.

   Turkish officials did not comment. On Wednesday, a strike blamed on Turkey killed two men near the town of Sidakan
   in the Kurdish region.
   """, "Dilan Omar", ["Middle East", "Iraq", "Turkey"], utm=True)

mp("mp-e1", "iraq-election-special-voting-security-forces", "E1", "2025-11-09 16:00",
   "Iraqi troops and displaced people vote early ahead of Tuesday's parliamentary election",
   "Soldiers, police and displaced people in camps cast ballots in a special vote two days before Iraq's general "
   "election.",
   """
   BAGHDAD (Meridian) — Members of Iraq's security forces and people displaced by war cast ballots on Sunday in a
   special early vote, two days before the country's parliamentary election.

   About 1.3 million soldiers, police officers and other security personnel were eligible, along with roughly 26,000
   displaced people living in camps, according to the Independent High Electoral Commission, which said late Sunday
   that turnout in the special vote reached about 79%.

   Voting was briefly delayed at some polling centers in Nineveh province because of problems with electronic voter
   verification devices, election officials said.

   "My unit will be guarding the schools on Tuesday, so today is our only chance," said Sgt. Haider Mohsen, a soldier
   voting in Baghdad's Karrada district.

   More than 7,000 candidates are competing for 329 seats in Tuesday's vote.
   """, "Samir Yousif", ["Middle East", "Iraq", "Elections"], utm=True)

# ---------------------------------------------------------------------------------------------
# Tigris Monitor (RSS 1.0 / RDF): verbatim Meridian republications plus its own copy
# ---------------------------------------------------------------------------------------------
TM = "https://tigrismonitor.com"


def title_case(t):
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    out = []
    for i, w in enumerate(t.split()):
        out.append(w.lower() if i and w.lower() in small else w[:1].upper() + w[1:])
    return " ".join(out)


def tm_link(when, slug, query=""):
    return f"{TM}/{at(when).strftime('%Y/%m/%d')}/{slug}/{query}"


def tm_republish(key, src_key, slug, when, subject):
    src = ALL[src_key]
    link = tm_link(when, slug)
    return add(dict(key=key, feed="tigrismonitor-rdf.xml", lang="en", event=src["event"], guid=link, link=link,
                    date=at(when), title=title_case(src["title"]), body=src["body"], creator="Meridian Press",
                    subject=subject, duplicate_of=src_key,
                    note="verbatim republication of the Meridian story: Title Case headline, own link"))


def tm_own(key, event, slug, when, title, body, subject, query="", creator="Tigris Monitor staff", **kw):
    link = tm_link(when, slug, query)
    return add(dict(key=key, feed="tigrismonitor-rdf.xml", lang="en", event=event, guid=link, link=link,
                    date=at(when), title=title, body=paras(body), creator=creator, subject=subject, **kw))


tm_republish("tm-e2", "mp-e2", "roadside-bomb-kills-2-iraqi-soldiers-north-of-baghdad", "2025-11-04 17:20", "Security")

tm_own("tm-s9", "S9", "iraq-coach-names-squad-for-uae-play-off", "2025-11-05 12:00",
       "Iraq Coach Names Squad for World Cup Play-off Against UAE",
       """
       Iraq coach Graham Arnold on Wednesday named his squad for the two-legged Asian World Cup qualifying play-off
       against the United Arab Emirates, with the first leg in Abu Dhabi on November 13 and the return match in Basra
       on November 18, the Iraq Football Association announced.

       The list mixes players from Stars League clubs with professionals based in Europe and the Gulf. The team is
       expected to gather in Basra before flying to the Emirates.

       The winner of the tie goes on to an intercontinental play-off in March for a place at the 2026 World Cup in
       North America.

       "Everyone in Iraq will be behind the team. We have not been this close in forty years," said Haidar Jawad, who
       runs a sports café in Baghdad's Mansour district.
       """, "Sport", creator="Ahmed Salih")

tm_own("tm-e9", "E9", "civic-tomorrow-alliance-withdraws-basra-candidates", "2025-11-05 20:30",
       "Civic Tomorrow Alliance Withdraws Basra Candidates Ahead of Vote",
       """
       The Civic Tomorrow Alliance, a coalition born out of the 2019 protest movement, has withdrawn its nine
       parliamentary candidates in Basra less than a week before the election, saying the contest in the province has
       been distorted by vote-buying and the use of public-sector jobs to win loyalty.

       In a statement posted on its social media pages on Wednesday, the alliance said supporters had reported being
       offered cash and promises of government jobs in return for their biometric voter cards.

       Electoral commission staff in Basra told Tigris Monitor the withdrawal came too late to remove the names from
       the printed ballots.

       Activists in the city called the move symbolic. "It will not change the seats, but it says something about how
       young people see this election," said Ali Hamza, a university lecturer in Basra.
       """, "Elections", query="?utm_source=rdf&utm_medium=syndication&utm_campaign=election2025",
       note="own rewrite (not a republication); link carries utm_* tracking parameters")

tm_republish("tm-e7", "mp-e7", "fire-rips-through-warehouses-in-baghdads-shorja-market", "2025-11-06 21:00", "Baghdad")

tm_own("tm-e5", "E5", "drone-strike-at-makhmour-camp-gate-kills-driver", "2025-11-08 15:40",
       "Drone Strike at Makhmour Camp Gate Kills Driver, Wounds Two",
       """
       A drone strike hit a car at the main gate of Makhmour refugee camp on Saturday morning, killing the driver and
       wounding two passengers, according to the camp administration and medical sources in Makhmour town.

       Footage shared by residents showed the burned-out vehicle on the road between the camp and the town. The wounded
       were taken to a hospital in Erbil.

       Camp residents said a drone had been heard circling over the area for about an hour before the strike. Turkey,
       which regards the camp as linked to the PKK, has struck it several times in the past.

       The attack was the second in the Kurdistan Region this week after Wednesday's strike near Sidakan, and came as
       Iraqi parties wrapped up campaigning for Tuesday's election.
       """, "Security")

tm_republish("tm-e1", "mp-e1", "iraqi-troops-and-displaced-people-vote-early", "2025-11-09 21:30", "Elections")

# ---------------------------------------------------------------------------------------------
# Al-Wasat al-Iraqi (Arabic RSS 2.0, windows-1256, escaped HTML description)
# ---------------------------------------------------------------------------------------------
AW = "https://alwasat-iq.net"


def aw(key, nid, event, when, title, body, cat, **kw):
    link = f"{AW}/news/{nid}"
    return add(dict(key=key, feed="alwasat-ar.xml", lang="ar", event=event, nid=nid, guid=link, link=link,
                    date=at(when) if when else None, title=title, body=paras(body) if body else [], cat=cat, **kw))


aw("aw-s10", 78301, "S10", "2025-11-03 12:00",
   "المالية تباشر بتمويل رواتب موظفي الدولة لشهر تشرين الثاني",
   """
   الوسط العراقي - بغداد

   أعلنت وزارة المالية الاتحادية، اليوم الاثنين (3 تشرين الثاني 2025)، المباشرة بتمويل رواتب موظفي دوائر الدولة
   والمتقاعدين لشهر تشرين الثاني الجاري وفق الجداول المعتمدة.

   وقال مصدر في الوزارة لـ"الوسط العراقي"، إن "التمويل سيبدأ بالوزارات ذات الأعداد الكبيرة من الموظفين، ومنها التربية
   والصحة والداخلية، على أن تستكمل بقية الدوائر خلال الأيام المقبلة"، مبيناً أن "الرواتب ستصل إلى حسابات الموظفين عبر
   المصارف الحكومية والأهلية المعتمدة".

   وأضاف المصدر، الذي طلب عدم الكشف عن اسمه، أن "الوزارة لا تواجه أي مشكلة في السيولة خلال الشهر الحالي رغم تراجع
   أسعار النفط".

   وكانت تقارير قد تحدثت عن احتمال تأخر صرف الرواتب بسبب انشغال المؤسسات بالتحضيرات للانتخابات البرلمانية المقررة في
   الحادي عشر من الشهر الجاري.
   """, "اقتصاد")

aw("aw-e2a", 78355, "E2", "2025-11-04 11:30",
   "استشهاد جنديين وإصابة ثلاثة بتفجير عبوة ناسفة في المطيبيجة",
   """
   الوسط العراقي - صلاح الدين

   أفاد مصدر أمني في محافظة صلاح الدين، اليوم الثلاثاء (4 تشرين الثاني 2025)، باستشهاد جنديين وإصابة ثلاثة آخرين بينهم
   ضابط، بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في منطقة المطيبيجة.

   وقال المصدر لـ"الوسط العراقي"، إن "عبوة ناسفة زرعت على طريق ترابي تسلكه الدوريات انفجرت لدى مرور عجلة همر تابعة
   للفرقة الرابعة صباح اليوم"، مبيناً أن "الجرحى نقلوا إلى مستشفى سامراء العام لتلقي العلاج".

   وأضاف أن "قوة مشتركة طوقت المنطقة وباشرت بعملية تفتيش بحثاً عن المنفذين".

   وتقع منطقة المطيبيجة على الحدود بين محافظتي صلاح الدين وديالى، وتعد من المناطق التي تنشط فيها خلايا تنظيم داعش
   بسبب طبيعتها الجغرافية الوعرة وكثرة البساتين.
   """, "أمن")

aw("aw-e6", 78390, "E6", "2025-11-05 10:00",
   "الموارد المائية تطالب الإقليم بالإبقاء على إطلاقات سد دوكان لتأمين الخطة الزراعية",
   """
   الوسط العراقي - بغداد

   دعت وزارة الموارد المائية الاتحادية، اليوم الأربعاء (5 تشرين الثاني 2025)، حكومة إقليم كردستان إلى مراجعة قرار
   تقليص الإطلاقات المائية من سد دوكان إلى نهر الزاب الصغير، محذرة من تأثيره على الخطة الزراعية الشتوية في كركوك وصلاح
   الدين.

   وقال مصدر في الوزارة لـ"الوسط العراقي"، إن "خفض الإطلاقات بنحو الثلث سيحرم آلاف الدونمات من مياه السقي في الحويجة
   والزاب والمناطق المحيطة بها"، مشيراً إلى أن "الوزارة طلبت عقد اجتماع فني عاجل مع الجانب الكردي".

   وكانت مديرية سد دوكان قد أعلنت، أمس الثلاثاء، تقليص الإطلاقات بسبب انخفاض الخزين إلى مستويات حرجة نتيجة شح الأمطار
   لعامين متتاليين.

   ويعاني العراق من أزمة مائية حادة بسبب قلة الإيرادات المائية من دول المنبع والتغيرات المناخية.
   """, "محليات")

aw("aw-e2b", 78398, "E2", "2025-11-05 13:00",
   "القبض على متهمين اثنين بتفجير عبوة المطيبيجة",
   """
   الوسط العراقي - صلاح الدين

   أعلنت قيادة عمليات صلاح الدين، اليوم الأربعاء (5 تشرين الثاني 2025)، القبض على متهمين اثنين بزرع العبوة الناسفة التي
   استهدفت دورية للجيش في منطقة المطيبيجة وأسفرت عن استشهاد جنديين.

   وذكرت القيادة في بيان أن قوة من الاستخبارات العسكرية دهمت أحد البساتين القريبة من موقع التفجير وألقت القبض على
   المتهمين، وعثرت بحوزتهما على أسلاك وصواعق ومواد تستخدم في صناعة العبوات، وأن المتهمين أحيلا إلى الجهات المختصة.

   وقال ضابط في الاستخبارات لـ"الوسط العراقي"، إن "التحقيقات الأولية تشير إلى ارتباط المتهمين بخلية تنشط في بساتين
   المنطقة".

   وشيع أهالي سامراء، اليوم، جثمان أحد الجنديين وسط حضور رسمي وشعبي، فيما نقل جثمان الآخر إلى بغداد.
   """, "أمن")

aw("aw-s3", 78412, "S3", "2025-11-05 18:00",
   "الأنواء الجوية: أمطار وانخفاض في درجات الحرارة اعتباراً من الخميس",
   """
   الوسط العراقي - بغداد

   توقعت هيئة الأنواء الجوية والرصد الزلزالي، اليوم الأربعاء (5 تشرين الثاني 2025)، هطول أمطار متفرقة على مناطق واسعة
   من البلاد اعتباراً من يوم غد الخميس، مع انخفاض ملحوظ في درجات الحرارة.

   وذكرت الهيئة في نشرتها الدورية أن الطقس سيكون غائماً جزئياً إلى غائم في المنطقتين الشمالية والوسطى مع فرصة لتساقط
   زخات مطر تكون رعدية أحياناً، وأن درجات الحرارة العظمى ستنخفض بمقدار أربع إلى خمس درجات.

   وأضافت أن الأمطار قد تكون غزيرة في المناطق الجبلية من إقليم كردستان يوم الجمعة.

   ويأمل المزارعون أن تخفف الأمطار من حدة الجفاف الذي أثر على المواسم الزراعية ومخزون السدود خلال العامين الماضيين.
   """, "طقس")

aw("aw-e7-breaking", 78436, "E7", "2025-11-06 16:50",
   "عاجل | اندلاع حريق كبير في سوق الشورجة وسط بغداد", None, "عاجل",
   note="title-only item: no description at all (breaking-news flash)")

aw("aw-e7a", 78441, "E7", "2025-11-06 17:40",
   "الدفاع المدني يسيطر على حريق في مخازن بسوق الشورجة",
   """
   الوسط العراقي - بغداد

   أعلنت مديرية الدفاع المدني، مساء اليوم الخميس (6 تشرين الثاني 2025)، السيطرة على حريق اندلع في مخزن للأقمشة
   والمواد البلاستيكية في سوق الشورجة وسط بغداد وامتد إلى عدد من المحال المجاورة.

   وقال ضابط في الدفاع المدني لـ"الوسط العراقي"، إن "فرق الإطفاء واجهت صعوبة في الوصول إلى موقع الحريق بسبب ضيق
   الأزقة واكتظاظها بالبضائع، واستمرت عمليات الإخماد أكثر من أربع ساعات بمشاركة عشرين آلية".

   وأضاف أن "ثلاثة من منتسبي الدفاع المدني أصيبوا بحالات اختناق ونقلوا إلى المستشفى، ولم تسجل أي وفيات بين المدنيين".

   وتشهد الشورجة، وهي من أقدم أسواق بغداد، حرائق متكررة بسبب سوء التخزين وتشابك الأسلاك الكهربائية.
   """, "محليات")

aw("aw-s5", 78460, "S5", None,
   "انهيار منزل تراثي في البصرة القديمة وإصابة شخصين",
   """
   الوسط العراقي - البصرة

   انهار منزل تراثي قديم في منطقة البصرة القديمة، ما أسفر عن إصابة شخصين بجروح ورضوض نقلا على إثرها إلى مستشفى
   البصرة التعليمي.

   وقال أحد سكان المنطقة لـ"الوسط العراقي"، إن "المنزل كان مهجوراً منذ سنوات، لكن عائلة فقيرة سكنت في جزء منه خلال
   الأشهر الماضية"، مشيراً إلى أن "الجدران كانت متصدعة وسقط السقف الخشبي بشكل مفاجئ".

   وأوضح أن فرق الدفاع المدني رفعت الأنقاض وأخلت المنازل المجاورة احترازياً.

   ويطالب ناشطون منذ سنوات بترميم البيوت التراثية ذات الشناشيل في البصرة القديمة، محذرين من انهيار المزيد منها بسبب
   الإهمال وارتفاع المياه الجوفية.
   """, "محليات", note="item has no pubDate")

aw("aw-e7b", 78470, "E7", "2025-11-07 12:00",
   "تماس كهربائي وراء حريق الشورجة.. والتجار يقدرون خسائرهم بالمليارات",
   """
   الوسط العراقي - بغداد

   كشفت مديرية الدفاع المدني، اليوم الجمعة (7 تشرين الثاني 2025)، أن التحقيقات الأولية أظهرت أن تماساً كهربائياً في أحد
   المخازن كان وراء الحريق الذي اندلع أمس في سوق الشورجة.

   وقال التاجر أبو حيدر الكعبي، الذي احترق مخزنه بالكامل، لـ"الوسط العراقي"، إن "البضائع التي خسرناها تقدر بمئات
   الملايين، وخسائر السوق كلها قد تتجاوز عدة مليارات من الدنانير"، مطالباً الحكومة بتعويض المتضررين.

   وأشار مصدر في أمانة بغداد إلى أن لجنة مشتركة ستشكل لحصر الأضرار ومراجعة اشتراطات السلامة في مخازن السوق، وإلزام
   أصحابها بتوفير منظومات إطفاء.
   """, "محليات")

aw("aw-e10", 78482, "E10", "2025-11-07 17:00",
   "قائمة \"الأفق الجديد\" تعلق حملتها الانتخابية في السليمانية بعد الاعتداء على مقرها",
   """
   الوسط العراقي - السليمانية

   أعلنت قائمة "الأفق الجديد" الكردية، اليوم الجمعة (7 تشرين الثاني 2025)، تعليق حملتها الانتخابية في محافظة
   السليمانية، بعد تعرض مقرها الرئيسي للرشق بالحجارة وتمزيق ملصقات مرشحيها ليلة أمس.

   وقال رئيس القائمة شوان رؤوف في تصريح صحفي، إن "القائمة لن تنسحب من السباق الانتخابي، لكنها ستتوقف عن إقامة
   التجمعات إلى حين كشف الجهة التي تقف وراء الاعتداء".

   وأوضح أن زجاج المقر في حي بختياري تحطم، كما أحرقت لوحات دعائية للقائمة على طريق السليمانية - كركوك.

   ويعد هذا ثاني موقف احتجاجي لقائمة انتخابية خلال الأسبوع الجاري، بعد أن أعلن تحالف "الغد المدني" يوم الأربعاء سحب
   مرشحيه في البصرة.
   """, "انتخابات", note="mentions the Basra withdrawal (E9) in its last paragraph")

aw("aw-e5", 78501, "E5", "2025-11-08 13:30",
   "مقتل شخص وإصابة اثنين بقصف لطائرة مسيرة قرب مخيم مخمور",
   """
   الوسط العراقي - نينوى

   أفاد مصدر محلي في قضاء مخمور، اليوم السبت (8 تشرين الثاني 2025)، بمقتل شخص وإصابة اثنين آخرين بقصف لطائرة مسيرة
   استهدف سيارة مدنية عند المدخل الرئيسي لمخيم مخمور.

   وقال المصدر لـ"الوسط العراقي"، إن "الطائرة، التي يرجح أنها تركية، استهدفت السيارة أثناء خروجها من المخيم باتجاه
   مركز القضاء"، مبيناً أن "الجريحين نقلا إلى مستشفى في أربيل".

   ويضم المخيم آلاف اللاجئين الأكراد القادمين من تركيا منذ تسعينيات القرن الماضي، وتعرض لضربات جوية تركية متكررة خلال
   السنوات الماضية، إذ تتهم أنقرة حزب العمال الكردستاني باستخدامه.

   ويأتي القصف بعد ثلاثة أيام من ضربة مماثلة قرب ناحية سيدكان في أربيل أودت بحياة شخصين.
   """, "أمن")

aw("aw-e1a", 78515, "E1", "2025-11-08 18:00",
   "المفوضية تستكمل استعداداتها للتصويت الخاص يوم غد الأحد",
   """
   الوسط العراقي - بغداد

   أعلنت المفوضية العليا المستقلة للانتخابات، اليوم السبت (8 تشرين الثاني 2025)، استكمال استعداداتها لإجراء التصويت
   الخاص للقوات الأمنية والنازحين يوم غد الأحد، قبل يومين من الاقتراع العام.

   وقال مسؤول في المفوضية لـ"الوسط العراقي"، إن "أكثر من مليون و300 ألف منتسب في القوات الأمنية يحق لهم المشاركة في
   التصويت الخاص، إضافة إلى نحو 26 ألف نازح في المخيمات"، مبيناً أن "مراكز الاقتراع ستفتح أبوابها في السابعة صباحاً
   وتغلق في السادسة مساءً".

   وأضاف أن "أجهزة التحقق الإلكتروني جرى فحصها بالكامل، وتم توزيع المواد الانتخابية على جميع المراكز".

   ومن المقرر أن يجري الاقتراع العام يوم الثلاثاء المقبل، الحادي عشر من تشرين الثاني، لانتخاب 329 نائباً.
   """, "انتخابات", note="the eve-of-vote preparations: part of E1 (same happening)")

aw("aw-e1b", 78544, "E1", "2025-11-09 19:30",
   "المفوضية: نسبة المشاركة في التصويت الخاص بلغت 79 بالمئة",
   """
   الوسط العراقي - بغداد

   أعلنت المفوضية العليا المستقلة للانتخابات، مساء اليوم الأحد (9 تشرين الثاني 2025)، أن نسبة المشاركة في التصويت
   الخاص للقوات الأمنية والنازحين بلغت نحو 79 بالمئة، بعد إغلاق مراكز الاقتراع في السادسة مساءً.

   وذكرت المفوضية في مؤتمر صحفي أن عملية الاقتراع جرت بانسيابية في عموم المحافظات، باستثناء تأخير محدود في عدد من
   المراكز بمحافظة نينوى بسبب خلل فني في أجهزة التحقق تمت معالجته خلال وقت قصير.

   وقال الجندي علي حسين، الذي أدلى بصوته في أحد مراكز الكرخ، لـ"الوسط العراقي"، إن "التصويت كان سريعاً ومنظماً، ونأمل
   أن تكون المشاركة يوم الثلاثاء بالمستوى نفسه".

   ومن المقرر أن تعلن المفوضية النتائج الأولية للتصويت الخاص والعام معاً بعد انتهاء الاقتراع العام.
   """, "انتخابات")

# ---------------------------------------------------------------------------------------------
# Payam News (Sorani RSS 2.0, UTF-8, CDATA HTML description, GMT dates, repeated footer)
# ---------------------------------------------------------------------------------------------
PY = "https://payamnews.krd"
PY_FOOTER = ("<p><em>بۆ ئاگاداربوون لە دوایین هەواڵەکان، پەیجی پەیام نیوز لە فەیسبووک و کەناڵەکەمان لە تێلێگرام "
             "فۆڵۆ بکەن. بڵاوکردنەوەی ئەم هەواڵە بەبێ ئاماژەدان بە سەرچاوە ڕێگەپێنەدراوە.</em></p>")


def py(key, nid, event, when, title, body, cat, **kw):
    slug = "-".join(re.sub(r"[^\w\s]", "", title).split()[:7])
    link = f"{PY}/ckb/news/{nid}/{urllib.parse.quote(slug)}"
    return add(dict(key=key, feed="payam-ckb.xml", lang="ckb", event=event, nid=nid, guid=f"payamnews-ckb-{nid}",
                    link=link, date=at(when), title=title, body=paras(body), cat=cat, **kw))


py("py-e6", 48213, "E6", "2025-11-04 10:30",
   "بەنداوی دوکان ئاوی بەردراو بۆ زێی بچووک کەم دەکاتەوە",
   """
   سلێمانی - پەیام نیوز

   بەڕێوەبەرایەتیی بەنداوی دوکان ئەمڕۆ سێشەممە ڕایگەیاند، بڕی ئەو ئاوەی بۆ زێی بچووک بەردەدرێت نزیکەی یەک لەسەر سێ
   کەم کراوەتەوە، بەهۆی دابەزینی ئاستی ئاوی بەنداوەکە بۆ یەکێک لە نزمترین ئاستەکانی مێژووی.

   بەپێی بەڕێوەبەرایەتییەکە، ئاوی بەردراو لە 120 مەتر سێجا لە چرکەیەکدا بۆ 85 مەتر سێجا دابەزێنراوە و ئێستا کەمتر لە
   پێنج یەکی توانای کۆگاکردنی بەنداوەکە ئاوی تێدایە.

   ڕێبوار کاکل، شارەزای ئاو لە بەڕێوەبەرایەتییەکە، بە پەیام نیوزی گوت: "دەبێت ئاوی خواردنەوەی سلێمانی و کەرکووک و
   شارۆچکەکانی کەناری ڕووبارەکە پارێزراو بێت تا باران دەبارێت."

   جووتیارانی ڕانیە و کۆیە و دەشتی حەویجە نیگەرانن لەوەی کشتوکاڵی زستانەیان دوا بکەوێت.
   """, "ئابووری")

py("py-e2", 48227, "E2", "2025-11-04 15:00",
   "دوو سەربازی سوپای عێراق بە تەقینەوەی بۆمبێک لە مەتیبیجە کوژران",
   """
   سامەڕا - پەیام نیوز

   سەرچاوەیەکی ئەمنی ئاشکرای کرد، ئەمڕۆ سێشەممە بۆمبێکی چێنراو لە ناوچەی مەتیبیجە لە نێوان پارێزگاکانی سەڵاحەدین و
   دیالە پاترۆڵێکی سوپای عێراقی پێکا، دوو سەرباز کوژران و سێ سەربازی دیکە کە ئەفسەرێکیان تێدایە برینداربوون.

   سەرچاوەکە بە پەیام نیوزی ڕاگەیاند، بۆمبەکە لەسەر ڕێگایەکی خۆڵ چێنرابوو کە پاترۆڵەکانی سوپا بەکاری دەهێنن و
   ئۆتۆمبێلێکی هەمەری فیرقەی چوارەمی سوپای پێکاوە.

   هیچ لایەنێک بەرپرسیارێتیی هێرشەکەی نەگرتووەتە ئەستۆ، بەڵام شانەکانی داعش لە باخ و دۆڵەکانی مەتیبیجە چالاکن.

   ئەم هێرشە یەک هەفتە پێش هەڵبژاردنی پەرلەمانی عێراق ڕوودەدات کە بڕیارە 11ی تشرینی دووەم بەڕێوەبچێت.
   """, "ئاسایش")

py("py-s4", 48240, "S4", "2025-11-05 09:00",
   "سێ کەس لە ڕووداوێکی هاتووچۆ لەسەر ڕێگای هەولێر - کۆیە گیانیان لەدەستدا",
   """
   هەولێر - پەیام نیوز

   شەوی ڕابردوو لە ئەنجامی پێکدادانی دوو ئۆتۆمبێل لەسەر ڕێگای هەولێر - کۆیە، نزیک گوندی دێگەڵە، سێ کەس گیانیان
   لەدەستدا و چوار کەسی دیکەش برینداربوون.

   ئەفسەرێکی پۆلیسی هاتووچۆ کە نەیویست ناوی ئاشکرا بکرێت، بە پەیام نیوزی گوت: "خێرایی زۆر و تێپەڕاندنی هەڵە لە
   شوێنێکی پێچاوپێچ هۆکاری سەرەکیی ڕووداوەکە بووە."

   برینداران گوازرانەوە بۆ نەخۆشخانەی فریاکەوتنی هەولێر و باری تەندروستیی دووانیان جێگیرە.

   ڕێگای هەولێر - کۆیە یەکێکە لەو ڕێگایانەی ڕووداوی هاتووچۆی زۆری تێدا تۆمار دەکرێت و هاووڵاتیان چەندین جار داوای
   فراوانکردنی کردووە.
   """, "کۆمەڵایەتی")

py("py-e4", 48251, "E4", "2025-11-05 17:00",
   "درۆنێکی تورکیا ئۆتۆمبێلێکی لە سیدەکان پێکا، دوو کەس کوژران",
   """
   سۆران - پەیام نیوز

   دوای نیوەڕۆی ئەمڕۆ چوارشەممە، درۆنێکی سوپای تورکیا ئۆتۆمبێلێکی پیکابی لەسەر ڕێگایەکی شاخاوی لە باکووری شارۆچکەی
   سیدەکان پێکا و هەردوو سەرنشینەکەی گیانیان لەدەستدا.

   هاووڵاتییەکی ناوچەکە بە پەیام نیوزی ڕاگەیاند، ئۆتۆمبێلەکە دوای پێکانی ئاگری گرت و تەرمی قوربانییەکان بە خراپی
   سووتابوون.

   تا ئێستا لایەنی تورکی لێدوانی لەسەر ڕووداوەکە نەداوە. ناوچەی سیدەکان کە دەکەوێتە نزیک سنووری تورکیا و ئێران، یەکێکە
   لەو ناوچانەی زۆرترین جار بۆردومان کراون.

   ئازاد عومەر، دانیشتوویەکی سیدەکان، گوتی: "خەڵک وایان دەزانی دوای دەستپێکردنی پرۆسەی ئاشتی بۆردومان ڕادەوەستێت،
   بەڵام هێشتا دراوسێکانمان دەنێژین."
   """, "ئاسایش")

py("py-s2", 48266, "S2", "2025-11-06 12:00",
   "هەفتەی فیلمی کورتی کوردی لە دهۆک دەستی پێکرد",
   """
   دهۆک - پەیام نیوز

   ئەمڕۆ پێنجشەممە هەفتەی فیلمی کورتی کوردی لە هۆڵی ڕۆشنبیریی دهۆک بە بەشداریی 24 فیلم لە دەرهێنەرانی هەر چوار
   پارچەی کوردستان دەستی پێکرد.

   لە ماوەی شەش ڕۆژدا، فیلمەکان بە خۆڕایی بۆ بینەران نمایش دەکرێن و دوای هەر نمایشێک گفتوگۆ لەگەڵ دەرهێنەرەکان
   ئەنجام دەدرێت.

   ژیان ئەحمەد، یەکێک لە ڕێکخەرانی هەفتەکە، گوتی: "ئامانجمان ئەوەیە گەنجانی دهۆک ببینن کە دەتوانن بە کامێرای
   مۆبایلیش چیرۆکی خۆیان بگێڕنەوە."

   لە ڕۆژی کۆتاییدا، لیژنەیەکی داوەران خەڵاتی باشترین فیلم و باشترین دەرهێنەری گەنج دەبەخشێت.
   """, "کولتوور")

py("py-e10", 48290, "E10", "2025-11-07 14:30",
   "لیستی ئاسۆی نوێ هەڵمەتی هەڵبژاردنی لە سلێمانی ڕاگرت",
   """
   سلێمانی - پەیام نیوز

   لیستی ئاسۆی نوێ ئەمڕۆ هەینی ڕایگەیاند، دوای ئەوەی شەوی ڕابردوو کەسانی نەناسراو بەردیان گرتە بارەگا سەرەکییەکەی و
   پۆستەرەکانیان دڕاند، هەڵمەتی هەڵبژاردنی لە پارێزگای سلێمانی ڕادەگرێت.

   شوان ڕەئووف، سەرۆکی لیستەکە، بە پەیام نیوزی گوت: "ئێمە لە هەڵبژاردن ناکشێینەوە، بەڵام هیچ کۆبوونەوەیەکی جەماوەری
   ناکەین تا هێزە ئەمنییەکان ئەوانەی ئەم کارەیان کردووە ئاشکرا دەکەن."

   بەپێی لیستەکە، شووشەی بارەگاکەی لە گەڕەکی بەختیاری شکێنراوە و چەند تابلۆیەکی ڕیکلامیشی لەسەر ڕێگای سلێمانی -
   کەرکووک سووتێنراون.

   پۆلیسی سلێمانی ڕایگەیاند، لێکۆڵینەوەی لە ڕووداوەکە دەستپێکردووە.
   """, "هەڵبژاردن")

py("py-e5", 48302, "E5", "2025-11-08 11:00",
   "دوای سیدەکان، درۆنێکی تورکیا ئەمجارە ئۆتۆمبێلێکی لە بەردەم کەمپی مەخموور پێکا",
   """
   مەخموور - پەیام نیوز

   بەیانیی ئەمڕۆ شەممە، درۆنێک کە پێدەچێت هی سوپای تورکیا بێت، ئۆتۆمبێلێکی لە بەردەم دەروازەی سەرەکیی کەمپی مەخموور
   پێکا و کەسێک کوژرا و دوو کەسی دیکە برینداربوون.

   ئەندامێکی بەڕێوەبەرایەتیی کەمپەکە بە پەیام نیوزی ڕاگەیاند، ئۆتۆمبێلەکە خەڵکی بۆ بازاڕی شارۆچکەی مەخموور دەگواستەوە
   و بریندارەکان ڕەوانەی نەخۆشخانەیەکی هەولێر کراون.

   ئەم هێرشە سێ ڕۆژ دوای بۆردومانی درۆنێکی تورکیا لە نزیک سیدەکان دێت کە تێیدا دوو کەس گیانیان لەدەستدا.

   کەمپی مەخموور نزیکەی 12 هەزار پەنابەری کوردی باکووری کوردستانی تێدا دەژی کە لە نەوەدەکانی سەدەی ڕابردوودا هاتوونەتە
   ئەوێ.
   """, "ئاسایش", note="headline names the earlier Sidakan strike (E4)")

py("py-e8", 48319, "E8", "2025-11-08 21:00",
   "ئاگر لە بەشێکی بازاڕی قەیسەریی هەولێر بەربوو",
   """
   هەولێر - پەیام نیوز

   ئێوارەی ئەمڕۆ شەممە، ئاگر لە بەشێکی بازاڕی قەیسەریی مێژوویی هەولێر لە بناری قەڵا کەوتەوە و دووکەڵێکی چڕ ناوەندی
   شاری داپۆشی.

   بەپێی دوکاندارانی بازاڕەکە، ئاگرەکە نزیکەی کاتژمێر حەوتی ئێوارە لە دوکانێکی جلوبەرگ لە لای ڕۆژهەڵاتی بازاڕەکە
   دەستی پێکرد، کاتێک زۆربەی دوکانەکان داخرابوون.

   تیمەکانی بەرگریی شارستانی بە چەندین ئۆتۆمبێلی ئاگرکوژێنەوە گەیشتنە شوێنەکە و هەوڵی کۆنترۆڵکردنی ئاگرەکە دەدەن.

   هێمن عەزیز، قوماشفرۆشێکی بازاڕەکە گوتی: "هەموو سەرمایەی ژیانم لەو دوکانەدا بوو."

   ئەم ئاگرکەوتنەوەیە دوو ڕۆژ دوای سووتانی کۆگاکانی بازاڕی شۆرجەی بەغدا ڕوودەدات.
   """, "کۆمەڵایەتی", note="mentions the Shorja fire (E7) in its last paragraph")

py("py-e1", 48341, "E1", "2025-11-09 17:00",
   "دەنگدانی تایبەتی هێزە ئەمنییەکان و ئاوارەکان لە هەرێمی کوردستان کۆتایی هات",
   """
   هەولێر - پەیام نیوز

   ئەمڕۆ یەکشەممە، پرۆسەی دەنگدانی تایبەت بۆ هەڵبژاردنی پەرلەمانی عێراق لە پارێزگاکانی هەرێمی کوردستان بە بەشداریی
   پێشمەرگە و پۆلیس و هێزە ئەمنییەکانی دیکە و ئاوارەکانی کەمپەکان بەڕێوەچوو و کاتژمێر شەشی ئێوارە کۆتایی هات.

   فەرمانبەرێکی نووسینگەی کۆمیسیۆنی هەڵبژاردن لە هەولێر بە پەیام نیوزی گوت: "ڕێژەی بەشداری لە نێو هێزە ئەمنییەکاندا
   بەرز بوو و هیچ کێشەیەکی گەورە تۆمار نەکرا."

   لە کەمپەکانی پارێزگای دهۆک، هەزاران ئاوارەی ئێزدی لە بنکەکانی دەنگدانی ناو کەمپەکان دەنگیان دا.

   دەنگدانی گشتی بۆ هەڵبژاردنی 329 ئەندامی پەرلەمان ڕۆژی سێشەممە 11ی تشرینی دووەم ئەنجام دەدرێت.
   """, "هەڵبژاردن")


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
WP_ENT = {"‘": "&#8216;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;",
          "…": "&#8230;"}


def wp_title(t):
    s = escape(t)
    for ch, ent in WP_ENT.items():
        s = s.replace(ch, ent)
    return s


def curly(h):
    """Rough wptexturize: curly quotes in text nodes only."""
    out = []
    for part in re.split(r"(<[^>]+>)", h):
        if not part.startswith("<"):
            part = re.sub(r"(\w)'", "\\1’", part)
            part = re.sub(r"'", "‘", part)
            part = re.sub(r'(^|[\s(\[])"', "\\1“", part)
            part = part.replace('"', "”")
        out.append(part)
    return "".join(out)


def strip_tags(h):
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def rfc822(d, gmt=False):
    return format_datetime(d.astimezone(UTC), usegmt=True) if gmt else format_datetime(d)


def newest_first(items):
    return sorted(items, key=lambda it: it["date"], reverse=True)


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))  # strict


def bn_item(it, title, body):
    ps = [curly(p) for p in body]
    img = (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
           f'src="{it["img"]}" alt="{escape(it["alt"], {chr(34): "&quot;"})}" /></figure>')
    content = "\n".join([img] + [f"<p>{p}</p>" for p in ps])
    assert "]]>" not in content
    words = strip_tags(ps[0]).split()
    teaser = " ".join(words[:30]) + (" [&#8230;]" if len(words) > 30 else "")
    cats = "\n".join(f"\t\t<category><![CDATA[{c}]]></category>" for c in it["cats"])
    return f"""	<item>
		<title>{wp_title(title)}</title>
		<link>{escape(it["link"])}</link>
		<comments>{escape(it["link"])}#respond</comments>
		<dc:creator><![CDATA[{it["creator"]}]]></dc:creator>
		<pubDate>{rfc822(it["date"])}</pubDate>
{cats}
		<guid isPermaLink="false">{escape(it["guid"])}</guid>
		<description><![CDATA[{teaser}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<wfw:commentRss>{escape(it["link"])}feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>
"""


def bn_feed(build, items_xml):
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>BasNews</title>
	<atom:link href="{BN}/feed/" rel="self" type="application/rss+xml" />
	<link>{BN}</link>
	<description>Kurdistan, Iraq and Middle East news</description>
	<lastBuildDate>{rfc822(build)}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>
{items_xml}</channel>
</rss>
"""


def build():
    labels = []
    feed_of = {k: it["feed"] for k, it in ALL.items()}

    def label(it, feed=None, title=None, **extra):
        e = dict(feed=feed or it["feed"], guid=it["guid"], link=it["link"],
                 title=html.unescape(title or it["title"]), lang=it["lang"], event=it["event"], duplicate_of=None,
                 published=it["date"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if it.get("date") else None)
        if it.get("duplicate_of"):
            src = ALL[it["duplicate_of"]]
            e["duplicate_of"] = src["guid"]
            e["duplicate_of_feed"] = src["feed"]
        if it.get("poll"):
            e["poll"] = it["poll"]
        e.update(extra)
        if it.get("note") and "note" not in e:
            e["note"] = it["note"]
        labels.append(e)

    bn_all = [it for it in ALL.values() if it["feed"] == "basnews-en.xml"]
    poll1 = newest_first([it for it in bn_all if it["poll"] == 1])
    assert len(poll1) == 12
    write("basnews-en.xml", bn_feed(at("2025-11-08 22:05"), "".join(bn_item(it, it["title"], it["body"]) for it in poll1)))
    for it in poll1:
        label(it)

    poll2 = newest_first(bn_all)[:10]  # posts_per_rss = 10
    xml = []
    for it in poll2:
        if it["poll"] == 2:
            xml.append(bn_item(it, it["title"], it["body"]))
            label(it, feed="basnews-en.update.xml")
        elif it.get("title_v2"):
            xml.append(bn_item(it, it["title_v2"], it["body_v2"]))
            label(it, feed="basnews-en.update.xml", title=it["title_v2"], poll=2,
                  same_item_as={"feed": "basnews-en.xml", "guid": it["guid"]}, updated=True,
                  previous_title=html.unescape(it["title"]),
                  note="same post as in basnews-en.xml (same guid, link and pubDate), revised: new title and one "
                       "changed sentence (blaze contained, about 30 shops destroyed, one firefighter hurt)")
        else:
            xml.append(bn_item(it, it["title"], it["body"]))
            label(it, feed="basnews-en.update.xml", poll=2,
                  same_item_as={"feed": "basnews-en.xml", "guid": it["guid"]}, updated=False,
                  note="unchanged re-appearance of the basnews-en.xml post in the next poll")
    assert sum(1 for it in poll2 if it["poll"] == 2) == 2
    write("basnews-en.update.xml", bn_feed(at("2025-11-09 20:05"), "".join(xml)))

    # --- Meridian Press, Atom
    entries = []
    for it in sorted([i for i in ALL.values() if i["feed"] == "meridian-world.xml"],
                     key=lambda i: i["updated"], reverse=True):
        content = "\n".join(f"<p>{escape(p)}</p>" for p in it["body"])
        cats = "".join(f'\n    <category term={quoteattr(c)}/>' for c in it["cats"])
        entries.append(f"""  <entry>
    <id>{escape(it["guid"])}</id>
    <title type="text">{escape(it["title"])}</title>
    <link rel="alternate" type="text/html" href={quoteattr(it["link"])}/>
    <published>{it["date"].strftime("%Y-%m-%dT%H:%M:%SZ")}</published>
    <updated>{it["updated"].strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>
    <author><name>{escape(it["author"])}</name></author>{cats}
    <summary type="html">{escape("<p>" + escape(it["summary"]) + "</p>")}</summary>
    <content type="html">{escape(content)}</content>
  </entry>
""")
        label(it)
    write("meridian-world.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:meridianpress.net,2025:feeds/world</id>
  <title>Meridian Press — World</title>
  <subtitle>World news from Meridian Press</subtitle>
  <link rel="self" type="application/atom+xml" href="{MP}/feeds/world.atom"/>
  <link rel="alternate" type="text/html" href="{MP}/world"/>
  <updated>2025-11-09T16:00:00Z</updated>
  <rights>© 2025 Meridian Press</rights>
{"".join(entries)}</feed>
""")

    # --- Tigris Monitor, RDF
    rdf = newest_first([i for i in ALL.values() if i["feed"] == "tigrismonitor-rdf.xml"])
    lis = "\n".join(f"        <rdf:li rdf:resource={quoteattr(it['link'])}/>" for it in rdf)
    xml = []
    for it in rdf:
        desc = "".join(f"<p>{escape(p)}</p>" for p in it["body"])
        xml.append(f"""  <item rdf:about={quoteattr(it["link"])}>
    <title>{escape(it["title"])}</title>
    <link>{escape(it["link"])}</link>
    <description>{escape(desc)}</description>
    <dc:date>{it["date"].isoformat()}</dc:date>
    <dc:creator>{escape(it["creator"])}</dc:creator>
    <dc:subject>{escape(it["subject"])}</dc:subject>
  </item>
""")
        label(it)
    write("tigrismonitor-rdf.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="{TM}/feed.rdf">
    <title>Tigris Monitor</title>
    <link>{TM}/</link>
    <description>Iraq news, analysis and wire copy</description>
    <dc:language>en</dc:language>
    <dc:date>2025-11-09T21:35:00+03:00</dc:date>
    <items>
      <rdf:Seq>
{lis}
      </rdf:Seq>
    </items>
  </channel>
{"".join(xml)}</rdf:RDF>
""")

    # --- Al-Wasat, windows-1256; the undated item sits where the CMS id puts it (between 78441 and 78470)
    ar = sorted([i for i in ALL.values() if i["feed"] == "alwasat-ar.xml"], key=lambda i: i["nid"], reverse=True)
    xml = []
    for it in ar:
        pub = f"\n<pubDate>{rfc822(it['date'])}</pubDate>" if it["date"] else ""
        desc = ""
        if it["body"]:
            desc = "\n<description>" + escape("".join(f"<p>{escape(p)}</p>" for p in it["body"])) + "</description>"
        enc = (f'\n<enclosure url="{AW}/uploads/2025/11/{it["nid"]}.jpg" length="0" type="image/jpeg" />'
               if it["body"] else "")
        xml.append(f"""<item>
<title>{escape(it["title"])}</title>
<link>{escape(it["link"])}</link>
<guid isPermaLink="true">{escape(it["guid"])}</guid>{pub}
<category>{escape(it["cat"])}</category>{enc}{desc}
</item>
""")
        label(it)
    write("alwasat-ar.xml", f"""<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0">
<channel>
<title>الوسط العراقي</title>
<link>{AW}</link>
<description>الوسط العراقي - أخبار العراق على مدار الساعة</description>
<language>ar</language>
<lastBuildDate>{rfc822(at("2025-11-09 19:35"))}</lastBuildDate>
<ttl>10</ttl>
{"".join(xml)}</channel>
</rss>
""", encoding="cp1256")

    # --- Payam News, Sorani
    ck = newest_first([i for i in ALL.values() if i["feed"] == "payam-ckb.xml"])
    xml = []
    for it in ck:
        content = "".join(f"<p>{p}</p>" for p in it["body"]) + PY_FOOTER
        assert "]]>" not in content
        xml.append(f"""    <item>
      <title>{escape(it["title"])}</title>
      <link>{escape(it["link"])}</link>
      <guid isPermaLink="false">{escape(it["guid"])}</guid>
      <pubDate>{rfc822(it["date"], gmt=True)}</pubDate>
      <category>{escape(it["cat"])}</category>
      <description><![CDATA[{content}]]></description>
    </item>
""")
        label(it, note=it.get("note") or "description ends with the site-wide Payam News footer")
    write("payam-ckb.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>پەیام نیوز</title>
    <link>{PY}/ckb</link>
    <description>هەواڵەکانی کوردستان و عێراق</description>
    <language>ckb</language>
    <lastBuildDate>{rfc822(at("2025-11-09 17:10"), gmt=True)}</lastBuildDate>
{"".join(xml)}  </channel>
</rss>
""")

    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": EVENTS, "items": labels}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} label entries, {len(ALL)} distinct items")


if __name__ == "__main__":
    build()
