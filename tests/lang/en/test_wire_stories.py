"""Wire stories written for the tests (issue #10): for each, a phrase of the sentence a
fact is told in and the sources it may be credited to (an entity or its state; None: the
text states it itself), checked where the reader finds a fact at that phrase."""

from __future__ import annotations

import pytest

STORIES = [
    (
        (
            "SEOUL, March 4 (Reuters) - North Korea has shipped about 2,000 more short-"
            "range missiles to Russia since January, South Korea's spy agency said on "
            "Tuesday.\n"
            "\n"
            "The National Intelligence Service also told lawmakers that Pyongyang had sent "
            "around 3,500 additional troops to the Kursk region in February.\n"
            "\n"
            "North Korea was preparing to send a third batch of workers to Russian "
            "construction sites, the lawmakers said, citing the agency.\n"
        ),
        {
            "2,000 more": ("KOR",),
            "additional troops": ("KOR",),
            "third batch": ("KOR",),
        },
    ),
    (
        (
            "North Korea has sent roughly 4,000 military engineers to Russia's Kursk region"
            " to clear mines. That is according to Ukraine's military intelligence agency, "
            "which published the estimate on Sunday.\n"
            "\n"
            "Russia has also delivered air defense systems to Pyongyang in return, the "
            "agency said.\n"
        ),
        {
            "4,000 military engineers": ("UKR",),
            "air defense systems": ("UKR",),
        },
    ),
    (
        (
            "Some high-ranking North Korean officers deployed to Russia may move to the "
            "front line, South Korean lawmakers said on Wednesday after being briefed by "
            "the country's spy agency.\n"
            "\n"
            "North Korea had also sent about 6,000 laborers to Russia this year, according "
            "to the lawmakers attending the closed-door intelligence committee hearing.\n"
            "\n"
            "The Russian military was teaching tactical terms to the North Korean troops, "
            "Rep. Han Min-seok, a member of the committee, said during the briefing.\n"
        ),
        {
            "6,000 laborers": ("KOR",),
            "front line": ("KOR",),
        },
    ),
    (
        (
            "WASHINGTON (AP) — North Korea has sent approximately 9,000 soldiers to "
            "Russia's Kursk region, the Pentagon said Monday, raising its previous "
            "estimate.\n"
            "\n"
            '"We assess that the DPRK has delivered several hundred thousand artillery '
            'rounds to Russia this spring," Deputy Pentagon Press Secretary Laura Hendricks'
            " told reporters.\n"
            "\n"
            "Hendricks said the troops would probably join Russian forces in combat within "
            "weeks.\n"
        ),
        {
            "9,000 soldiers": ("USA", "pentagon"),
            "artillery rounds": ("USA", "pentagon"),
        },
    ),
    (
        (
            "Citing a senior Ukrainian commander, the Kyiv Independent on Friday reported "
            "that North Korean artillery crews had fired on Ukrainian positions near "
            "Sudzha.\n"
            "\n"
            '"They are well trained and they follow orders," Col. Petro Danylenko, the '
            "commander of a Ukrainian brigade, was quoted as saying.\n"
            "\n"
            "He said North Korean units had suffered about 300 casualties in the past week.\n"
        ),
        {
            "fired on Ukrainian": ("UKR", "kyiv-independent"),
        },
    ),
    (
        (
            "MOSCOW, June 12. /TASS/. Russia and North Korea will hold joint naval drills "
            "in the Sea of Japan this autumn, Russian Deputy Foreign Minister Andrei "
            "Rudenko said on Thursday.\n"
            "\n"
            "According to the diplomat, the two countries also agreed to expand rail links "
            "between Khasan and Tumangang.\n"
            "\n"
            "Rudenko added that Moscow would send a delegation of military engineers to "
            "Pyongyang next month.\n"
        ),
        {
            "joint naval drills": ("RUS", "andrei-rudenko"),
            "send a delegation": ("RUS", "andrei-rudenko"),
        },
    ),
    (
        (
            "Ukraine's military intelligence said on Monday that North Korea had "
            "transferred 120 self-propelled howitzers to Russia since the autumn.\n"
            "\n"
            "Pyongyang has also shipped large quantities of 240mm rockets, the agency said "
            "in a statement posted on Telegram. It added that Russian instructors were "
            "training North Korean crews in drone warfare.\n"
        ),
        {
            "self-propelled": ("UKR",),
        },
    ),
    (
        (
            "North Korean soldiers have been spotted fighting alongside Russian marines in "
            "the Kursk region, Ukraine's defense intelligence chief Kyrylo Budanov said in "
            "an interview with a Japanese broadcaster.\n"
            "\n"
            "Budanov said about 1,200 North Korean troops had been killed or wounded since "
            "December. The Kremlin declined to comment on the claim.\n"
        ),
        {
            "fighting alongside": ("UKR", "kyrylo-budanov"),
            "1,200": ("UKR", "kyrylo-budanov"),
        },
    ),
    (
        (
            "SEOUL, Aug. 7 (Yonhap) -- North Korea is believed to have received technical "
            "assistance from Russia for its reconnaissance satellite program, the Joint "
            "Chiefs of Staff said Thursday.\n"
            "\n"
            "A JCS official, speaking on condition of anonymity, said Russian engineers had"
            " visited the North's Sohae launch site several times this year.\n"
            "\n"
            "The official added that Pyongyang appeared to be preparing another launch.\n"
        ),
        {
            "engineers had visited": ("KOR",),
        },
    ),
    (
        (
            "Russia has supplied North Korea with more than 1 million barrels of oil this "
            "year, far above a U.N. cap, according to an analysis of satellite imagery by "
            "the Open Source Centre, a British research group.\n"
            "\n"
            "The group said Russian tankers had made at least 40 deliveries to the North's "
            "Vostochny-bound route since March.\n"
            "\n"
            "The Kremlin has denied violating U.N. sanctions.\n"
        ),
        {
            "1 million barrels": ("GBR", "open-source-centre"),
        },
    ),
    (
        (
            "North Korea sent 1,500 special forces troops to Russia's Far East last week, "
            "South Korea's National Intelligence Service (NIS) said in a statement on "
            "Friday.\n"
            "\n"
            "The NIS said the troops were being trained at Russian military bases in "
            "Vladivostok and Khabarovsk and would likely be deployed to the front soon. It "
            "said more troops were expected to follow.\n"
            "\n"
            "Moscow and Pyongyang have denied any arms transfers.\n"
        ),
        {
            "1,500 special forces": ("KOR",),
        },
    ),
    (
        (
            "North Korean leader Kim Jong Un has ordered his military to prepare a second "
            "deployment of troops to Russia, a South Korean government official told Yonhap"
            " on Saturday.\n"
            "\n"
            "The official, who requested anonymity, said Pyongyang could dispatch as many "
            "as 5,000 more soldiers by spring.\n"
        ),
        {
            "5,000 more": ("KOR", "yonhap"),
        },
    ),
    (
        (
            "Russia will provide North Korea with advanced air defense missiles in exchange"
            " for troops, the Wall Street Journal reported on Tuesday, citing U.S. and "
            "allied officials.\n"
            "\n"
            "The officials said the deal was reached during a visit to Pyongyang by "
            "Russia's Security Council Secretary Sergei Shoigu in September.\n"
        ),
        {
            "air defense missiles": ("USA", "wall-street-journal"),
            "deal was reached": ("USA", "wall-street-journal"),
        },
    ),
    (
        (
            "The Pentagon estimates that North Korea has lost about 4,000 soldiers killed "
            "and wounded in the Kursk region since November.\n"
            "\n"
            "Pentagon press secretary Maj. Gen. Patrick Ryder told reporters that the North"
            " Korean units had taken part in assaults on Ukrainian positions.\n"
        ),
        {
            "4,000": ("USA", "pentagon"),
        },
    ),
    (
        (
            "KYIV, Jan. 14 — Ukrainian forces captured two wounded North Korean soldiers in"
            " the Kursk region, President Volodymyr Zelensky said on Saturday.\n"
            "\n"
            "Zelensky wrote on X that the soldiers had been handed over to the SBU security"
            " service for questioning.\n"
            "\n"
            "The SBU said in a statement that one of the captured soldiers told "
            "investigators he had arrived in Russia in November.\n"
        ),
        {
            "captured two": ("UKR", "volodymyr-zelensky"),
        },
    ),
    (
        (
            "North Korea may send additional troops to Russia as early as July, Seoul's spy"
            " agency assessed, lawmakers said on Thursday.\n"
            "\n"
            "The National Intelligence Service estimates that North Korea has supplied more"
            " than 10 million artillery shells to Russia since 2023, the lawmakers told "
            "reporters after a closed-door briefing.\n"
        ),
        {
            "additional troops": ("KOR",),
            "10 million": ("KOR",),
        },
    ),
    (
        (
            "North Korea has begun shipping 170mm self-propelled guns to Russia by rail, "
            "according to a report released on Wednesday by the Institute for the Study of "
            "War.\n"
            "\n"
            "The think tank said the guns were loaded at a railway station near the Tumen "
            "River in late April. It said at least 20 of the guns had already reached "
            "Russian units near Pokrovsk.\n"
        ),
        {
            "170mm": ("USA", "institute-for-the-study-of-war"),
        },
    ),
    (
        (
            "North Korean troops fighting for Russia have suffered heavy losses in drone "
            "strikes, officials in Seoul say.\n"
            "\n"
            "About 2,500 North Korean soldiers have been killed or wounded since they "
            "entered combat in December, a senior South Korean military official told "
            "reporters on Monday, asking not to be named.\n"
        ),
        {
            "heavy losses": ("KOR",),
            "2,500": ("KOR",),
        },
    ),
    (
        (
            "Russia is helping North Korea modernise its fighter jets in return for the "
            "troops it sent to Kursk, according to South Korean intelligence.\n"
            "\n"
            "The assessment, shared with lawmakers on Friday, said Russian technicians had "
            "arrived in Pyongyang in March.\n"
        ),
        {
            "modernise": ("KOR",),
            "technicians": ("KOR",),
        },
    ),
    (
        (
            "PYONGYANG, Dec. 4 (KCNA) -- The DPRK and Russia exchanged instruments of "
            "ratification of the treaty on comprehensive strategic partnership in Moscow on"
            " Wednesday, the Korean Central News Agency reported on Thursday.\n"
            "\n"
            "The treaty took effect from that moment, KCNA said.\n"
        ),
        {
            "exchanged instruments": ("PRK", "kcna"),
        },
    ),
    (
        (
            "Ukraine says North Korea has supplied Russia with around 150 ballistic "
            "missiles since late 2023.\n"
            "\n"
            "Speaking at a press conference in Kyiv on Tuesday, Ukrainian Defense Minister "
            "Rustem Umerov said that Russia had fired many of them at Ukrainian cities.\n"
        ),
        {
            "150 ballistic": ("UKR",),
            "fired many": ("UKR", "rustem-umerov"),
        },
    ),
    (
        (
            "Russian President Vladimir Putin thanked North Korea for sending troops to "
            "help retake the Kursk region, the Kremlin said in a statement on Monday.\n"
            "\n"
            'Putin praised the "heroism" of the North Korean soldiers, the statement said.\n'
        ),
        {
            "sending troops": ("RUS", "kremlin", "vladimir-putin"),
        },
    ),
    (
        (
            "North Korea fired artillery at Ukrainian positions in the Kursk region on "
            "Sunday, Ukraine's General Staff said.\n"
            "\n"
            '"The enemy used North Korean-made multiple rocket launchers," the General '
            'Staff said in its morning update. "Our forces destroyed two of the launchers."\n'
        ),
        {
            "fired artillery": ("UKR", "ukrainian-general-staff"),
        },
    ),
    (
        (
            "A Russian cargo ship carrying North Korean munitions docked at the port of "
            "Vostochny last week, satellite images analysed by Planet Labs show.\n"
            "\n"
            "The vessel had left the North Korean port of Rajin on May 2, the images show.\n"
        ),
        {
            "docked at": ("USA", "planet-labs"),
        },
    ),
    (
        (
            "SEOUL, Oct. 30 (Reuters) - North Korea plans to send about 1,000 more troops "
            "to Russia by the end of the year, South Korea's defence ministry said on "
            "Wednesday.\n"
            "\n"
            "Ministry spokesman Jeon Ha-gyu told a briefing that the troops were members of"
            " an elite special forces unit. He added that some of them had already arrived "
            "in Vladivostok.\n"
        ),
        {
            "1,000 more": ("KOR",),
        },
    ),
    (
        (
            "North Korea is providing up to half of the artillery shells Russia uses in "
            "Ukraine, Kyrylo Budanov, the head of Ukraine's military intelligence, told "
            "Bloomberg in an interview published on Friday.\n"
            "\n"
            "He said Pyongyang had also sent Russia KN-23 ballistic missiles, which Moscow "
            "has fired at Kyiv.\n"
        ),
        {
            "half of the artillery": ("UKR", "kyrylo-budanov"),
            "KN-23": ("UKR", "kyrylo-budanov"),
        },
    ),
    (
        (
            "In a statement on Telegram, Ukraine's military intelligence said North Korean "
            "troops had arrived at a training ground in the Kursk region.\n"
            "\n"
            "The agency said about 7,000 troops had been moved there from the Far East.\n"
        ),
        {
            "had arrived": ("UKR",),
            "7,000": ("UKR",),
        },
    ),
    (
        (
            "South Korean President Yoon Suk Yeol said on Thursday that Seoul could "
            "consider sending weapons to Ukraine, after North Korea dispatched troops to "
            "Russia.\n"
            "\n"
            '"Depending on the level of North Korean involvement, we will consider '
            'supplying arms to Ukraine," Yoon told reporters.\n'
        ),
        {
            "sending weapons": ("KOR", "yoon-suk-yeol"),
            "supplying arms": ("KOR", "yoon-suk-yeol"),
        },
    ),
    (
        (
            "North Korea is expected to send 3,000 more soldiers to Russia in January or "
            "February, South Korea's military said on Monday, citing intelligence from "
            "allied partners.\n"
            "\n"
            "The military said the North had also delivered about 20 long-range howitzers "
            "to Russian forces.\n"
        ),
        {
            "3,000 more": ("KOR",),
        },
    ),
    (
        (
            "Speaking to reporters in Kyiv on Monday, Ukrainian President Volodymyr "
            "Zelensky said North Korea had sent another 3,000 soldiers to the Kursk region.\n"
            "\n"
            "Zelensky's office said in a statement that the troops had arrived over the "
            "weekend.\n"
        ),
        {
            "another 3,000": ("UKR", "volodymyr-zelensky"),
        },
    ),
    (
        (
            "Two U.S. officials told Reuters that Russia had begun transferring anti-"
            "aircraft missile systems to North Korea in exchange for the troops.\n"
            "\n"
            "The Kremlin did not respond to a request for comment.\n"
        ),
        {
            "transferring": ("USA", "reuters"),
        },
    ),
    (
        (
            "North Korea's leader Kim Jong Un vowed to send more troops to Russia during "
            "talks with Sergei Shoigu in Pyongyang, KCNA reported on Thursday.\n"
            "\n"
            'Kim told Shoigu that the North would "unconditionally support" Moscow\'s war '
            "effort, the agency said.\n"
        ),
        {
            "vowed to send": ("PRK", "kcna"),
        },
    ),
    (
        (
            "North Korea has shipped more than 200 long-range artillery systems to Russia, "
            "according to people familiar with the matter.\n"
            "\n"
            "The shipments began in October, the people said.\n"
        ),
        {
            "200 long-range": (None,),
        },
    ),
    (
        (
            "Russia is supplying North Korea with oil well above the UN cap, said Kim "
            "Byung-joo, a South Korean lawmaker who sits on the intelligence committee.\n"
            "\n"
            '"We have confirmed at least 43 tanker deliveries," the lawmaker told '
            "reporters.\n"
        ),
        {
            "supplying North Korea": ("KOR",),
            "43 tanker": ("KOR",),
        },
    ),
    (
        (
            "Russian state news agency TASS reported that Russian and North Korean "
            "officials had signed an agreement on military cooperation in Pyongyang on "
            "Monday.\n"
            "\n"
            "The agreement covers joint training and the exchange of military delegations, "
            "TASS said.\n"
        ),
        {
            "signed an agreement": ("RUS", "tass"),
        },
    ),
    (
        (
            "North Korean troops have begun fighting alongside Russian forces in the Kursk "
            "region, U.S. officials say.\n"
            "\n"
            "About 50 North Korean soldiers were killed in a single Ukrainian drone strike "
            "last week, one official said.\n"
        ),
        {
            "begun fighting": ("USA",),
            "About 50": ("USA",),
        },
    ),
    (
        (
            "In a post on Telegram, Ukraine's military intelligence agency said Russian "
            "forces had used North Korean KN-23 missiles in a strike on Kharkiv.\n"
            "\n"
            "The agency said at least 20 KN-23 missiles had been launched at Ukrainian "
            "cities since December.\n"
        ),
        {
            "at least 20": ("UKR",),
        },
    ),
    (
        (
            "The Russian Defense Ministry said on Saturday that North Korean troops had "
            "helped Russian forces retake the last villages held by Ukraine in the Kursk "
            "region.\n"
            "\n"
            "Chief of the General Staff Valery Gerasimov told President Vladimir Putin that"
            ' the North Korean units had shown "high professionalism."\n'
        ),
        {
            "helped Russian forces": ("RUS", "russian-ministry-of-defence"),
        },
    ),
    (
        (
            "North Korea has sent 4,000 more troops to Russia.\n"
            "\n"
            "The deployment was announced by South Korea's Joint Chiefs of Staff on "
            "Tuesday, which said the troops had left from the port of Chongjin.\n"
        ),
        {
            "4,000 more": ("KOR",),
        },
    ),
]


@pytest.mark.parametrize(("text", "wanted"), STORIES)
def test_each_fact_of_a_wire_story_is_credited_to_its_teller(english, knowledge, text, wanted):
    doc = english(text)
    for phrase, sources in wanted.items():
        at = doc.text.find(phrase)
        facts = [f for f in [*doc.events, *doc.figures] if f.start <= at < f.end]
        told = [
            (f.source, knowledge.gazetteer.state_of(f.source) if f.source else None) for f in facts
        ]
        assert any(s in sources or state in sources for s, state in told), (phrase, told)
