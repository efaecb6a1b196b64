"""Demo content: eight short wire-style reports on the 2020 Nagorno-Karabakh war.

The articles are the project's own writing (invented desks, .example URLs), built on the
dates, places and figures of the war as reported at the time. Every article is dated the
way news is written, relative to its publication date ("on Friday", "late last month",
"last week"), so the demo exercises the date resolver.

``accept`` lists the sentences the demo should turn into published events:
``quote_contains`` is an exact substring of exactly one sentence of ``text`` and ``phrase``
is the temporal expression inside that sentence that dates the event. Every other
sentence that carries a date is left in the review queue for an editor to accept, merge
or reject (background, running tolls, officials' statements, analysis).
"""

import datetime

CONFLICT = {
    "name": "Nagorno-Karabakh war, 2020",
    "slug": "nagorno-karabakh-2020",
    "summary": (
        "A six-week war between Azerbaijan and ethnic Armenian forces backed by Armenia over "
        "Nagorno-Karabakh and the districts around it, which broke out on 27 September 2020. "
        "Three humanitarian truces agreed in October collapsed within hours. The fighting ended "
        "with a statement signed by the leaders of Azerbaijan, Armenia and Russia on the night "
        "of 9-10 November 2020, which left Azerbaijan in control of the territory it had taken "
        "and brought Russian peacekeepers into the region."
    ),
}

DEMO_OUTLET = "Timeline Demo Desk"
DEMO_OUTLET_CAUCASUS = "Timeline Demo Caucasus Desk"

ARTICLES = [
    {
        "title": "Heavy fighting erupts between Armenia and Azerbaijan over Nagorno-Karabakh",
        "outlet": DEMO_OUTLET_CAUCASUS,
        "url": "https://demo.conflict-timeline.example/2020/09/27/fighting-erupts",
        "published": datetime.date(2020, 9, 27),
        "text": """STEPANAKERT, Nagorno-Karabakh — Heavy fighting broke out between Azerbaijani and Armenian forces along the front line around Nagorno-Karabakh on Sunday, with each side blaming the other for the worst clashes in the region in years.

Armenia's Defense Ministry said Azerbaijani forces had opened an air and artillery attack in the early morning, and that villages and the regional capital, Stepanakert, had come under fire. Azerbaijan's Defense Ministry said its troops had launched a counter-offensive along the whole front in response to Armenian shelling of its army positions and villages.

Prime Minister Nikol Pashinyan declared martial law and a general mobilization in Armenia on Sunday, and the ethnic Armenian authorities in Nagorno-Karabakh did the same. Azerbaijan's parliament approved martial law and curfews in several regions and cities, officials in Baku said.

Officials in Nagorno-Karabakh said 16 of their servicemen had been killed and about 100 wounded. Azerbaijan said a family of five had died when a shell struck their home, but gave no figures for military losses.

Nagorno-Karabakh is recognized internationally as part of Azerbaijan but has been run by ethnic Armenians since a war in the early 1990s that killed about 30,000 people and drove hundreds of thousands from their homes.

The dispute has resisted mediation for decades. Diplomats warned that the new fighting could draw in Turkey, which has pledged its full support to Azerbaijan, and Russia, which has a military alliance with Armenia and sells weapons to both sides.

The European Union and the United Nations called for an immediate halt to the fighting and a return to negotiations.""",
        "accept": [
            {
                "quote_contains": "Heavy fighting broke out between Azerbaijani and Armenian forces",
                "phrase": "Sunday",
                "title": "Fighting erupts along the Nagorno-Karabakh front",
                "kind": "escalation",
            },
            {
                "quote_contains": "declared martial law and a general mobilization in Armenia",
                "phrase": "Sunday",
                "title": "Armenia declares martial law and mobilization",
                "kind": "escalation",
            },
        ],
    },
    {
        "title": "Stepanakert and Ganja come under fire as fighting reaches cities",
        "outlet": DEMO_OUTLET_CAUCASUS,
        "url": "https://demo.conflict-timeline.example/2020/10/04/cities-shelled",
        "published": datetime.date(2020, 10, 4),
        "text": """STEPANAKERT, Nagorno-Karabakh — The war over Nagorno-Karabakh has spread from the front line to cities on both sides, as Stepanakert and Ganja, Azerbaijan's second-largest city, came under fire in the past three days.

Stepanakert, the region's main city, came under heavy shelling on Friday, local officials said, knocking out power in several districts and sending residents into basements and shelters. Explosions have been heard in the city every night since, residents said.

Azerbaijan's Defense Ministry said Armenian forces fired rockets at Ganja on Sunday, killing at least one civilian and wounding dozens of others. Armenian officials denied targeting civilians, and the leader of Nagorno-Karabakh, Arayik Harutyunyan, said his forces had struck military sites in the city.

The presidents of France, Russia and the United States, whose countries lead the mediation effort, called on Thursday for an immediate end to the hostilities.

The attacks on cities mark a sharp change from the skirmishes along the front line that have flared from time to time since a 1994 ceasefire, analysts said. Both armies are now using long-range rockets and armed drones, which military experts said had given Azerbaijan an advantage.

The International Committee of the Red Cross said it was alarmed by reports of civilian deaths and urged both sides to spare homes, schools and hospitals.""",
        "accept": [
            {
                "quote_contains": "came under heavy shelling on Friday",
                "phrase": "Friday",
                "title": "Stepanakert under heavy shelling",
                "kind": "escalation",
            },
            {
                "quote_contains": "fired rockets at Ganja on Sunday",
                "phrase": "Sunday",
                "title": "Rockets hit Ganja",
                "kind": "escalation",
            },
        ],
    },
    {
        "title": "Armenian and Azerbaijani foreign ministers meet in Moscow for truce talks",
        "outlet": DEMO_OUTLET,
        "url": "https://demo.conflict-timeline.example/2020/10/09/moscow-talks",
        "published": datetime.date(2020, 10, 9),
        "text": """MOSCOW — The foreign ministers of Azerbaijan and Armenia sat down for talks in Moscow on Friday, their first face-to-face meeting since fighting over Nagorno-Karabakh erupted late last month.

Jeyhun Bayramov of Azerbaijan and Zohrab Mnatsakanyan of Armenia were received by Russia's foreign minister, Sergei Lavrov, after President Vladimir Putin invited them to Moscow to negotiate a humanitarian ceasefire. The Kremlin announced the invitation late Thursday, saying the aim was to allow the two sides to exchange prisoners and the bodies of the dead.

Neither minister spoke to reporters on arrival, and officials gave no indication of how long the meeting would last.

Armenia said on Friday that 376 of its soldiers had been killed since Sept. 27. Azerbaijan has not disclosed its military losses, but officials in Baku said dozens of civilians had died.

The fighting went on as the ministers met. Officials in Nagorno-Karabakh said Stepanakert had been shelled again, and Azerbaijan said Armenian forces had fired on the town of Terter and villages near the front.

Armenia accused Azerbaijan of deliberately striking the Ghazanchetsots Cathedral in Shusha, which was damaged on Thursday. Azerbaijan's Defense Ministry said its army did not target historical or religious sites.

Mr. Lavrov has spoken to both ministers by telephone several times in the past two weeks, the Russian Foreign Ministry said.

Analysts cautioned that even a humanitarian pause would leave the underlying dispute untouched. Mediators from the Minsk Group of the Organization for Security and Cooperation in Europe have tried to settle it since the early 1990s without success.""",
        "accept": [
            {
                "quote_contains": "sat down for talks in Moscow on Friday",
                "phrase": "Friday",
                "title": "Foreign ministers meet in Moscow",
                "kind": "diplomacy",
            },
        ],
    },
    {
        "title": "Humanitarian truce takes effect after all-night talks, then falters",
        "outlet": DEMO_OUTLET,
        "url": "https://demo.conflict-timeline.example/2020/10/10/humanitarian-truce",
        "published": datetime.date(2020, 10, 10),
        "text": """MOSCOW — A humanitarian ceasefire between Armenia and Azerbaijan took effect in Nagorno-Karabakh on Saturday, hours after the two countries' foreign ministers agreed to it at talks in Moscow.

Sergei Lavrov, the Russian foreign minister, read out a short joint statement shortly after 3 a.m. on Saturday, having mediated between Jeyhun Bayramov of Azerbaijan and Zohrab Mnatsakanyan of Armenia for about 10 hours.

Under the statement, the pause, which began at noon local time, is meant to allow the exchange of prisoners and of the bodies of the dead, with help from the International Committee of the Red Cross. The two sides also agreed to begin substantive negotiations, though the text gave no date for them.

By Saturday afternoon, the two sides were accusing each other of violating the truce. Armenia's Defense Ministry said Azerbaijani forces had attacked near the town of Hadrut minutes after the deadline passed, while Azerbaijan said Armenian forces had shelled the Terter and Aghdam districts.

The agreement was the first pause in fighting that erupted two weeks ago and has killed hundreds of people, according to figures from both sides.

Analysts said the statement left key questions unanswered, including how the ceasefire would be monitored and how long it was meant to last. "A humanitarian pause is not a peace plan," one European diplomat said, speaking on condition of anonymity.""",
        "accept": [
            {
                "quote_contains": "A humanitarian ceasefire between Armenia and Azerbaijan took effect",
                "phrase": "Saturday",
                "title": "Humanitarian truce takes effect",
                "kind": "ceasefire",
            },
            {
                "quote_contains": "the two sides were accusing each other of violating the truce",
                "phrase": "Saturday afternoon",
                "title": "Both sides accuse each other of breaking the truce",
                "kind": "escalation",
            },
        ],
    },
    {
        "title": "Second humanitarian truce falters within hours",
        "outlet": DEMO_OUTLET_CAUCASUS,
        "url": "https://demo.conflict-timeline.example/2020/10/18/second-truce",
        "published": datetime.date(2020, 10, 18),
        "text": """GANJA, Azerbaijan — Armenia and Azerbaijan traded accusations of new attacks on Sunday, hours after a second humanitarian truce in Nagorno-Karabakh was due to take hold.

The foreign ministries of both countries announced on Saturday that they had agreed to a humanitarian ceasefire starting at midnight. Azerbaijan's Defense Ministry said Armenian forces had shelled its positions in several districts shortly after the deadline, and Armenia's Defense Ministry accused Azerbaijani forces of firing artillery shells and rockets.

In Ganja, rescue workers were still searching the rubble of homes destroyed by a missile strike that Azerbaijani officials said had killed 13 civilians and wounded more than 50. Armenia denied firing at the city.

It was the second truce in a week to fray almost as soon as it began. The first, agreed in Moscow last week, was meant to allow the sides to swap prisoners and the bodies of the dead, but the fighting never paused long enough for the exchanges to go ahead.

President Ilham Aliyev of Azerbaijan has said the fighting will stop only when Armenian forces withdraw from the territories around Nagorno-Karabakh. He announced earlier this month that his forces had taken the town of Jabrayil, and Azerbaijani troops have since pushed further along the border with Iran, according to his statements.

Armenian officials say Azerbaijan is trying to win by force what it could not win at the negotiating table, and that Turkey has sent Syrian fighters to the front, a charge Ankara denies.""",
        "accept": [
            {
                "quote_contains": "announced on Saturday that they had agreed to a humanitarian ceasefire starting at midnight",
                "phrase": "Saturday",
                "title": "Second humanitarian truce agreed, from midnight",
                "kind": "ceasefire",
            },
            {
                "quote_contains": "traded accusations of new attacks on Sunday",
                "phrase": "Sunday",
                "title": "Second truce broken within hours",
                "kind": "escalation",
            },
        ],
    },
    {
        "title": "Ceasefire brokered in Washington breaks down within hours",
        "outlet": DEMO_OUTLET,
        "url": "https://demo.conflict-timeline.example/2020/10/26/washington-truce",
        "published": datetime.date(2020, 10, 26),
        "text": """WASHINGTON — A humanitarian ceasefire brokered by the United States took effect in Nagorno-Karabakh on Monday, the third attempt this month to halt the fighting between Armenia and Azerbaijan.

Secretary of State Mike Pompeo met the Armenian and Azerbaijani foreign ministers separately in Washington on Friday. The truce was announced on Sunday in a joint statement by the three governments, which set its start for 8 a.m. local time.

Azerbaijan and Armenia accused each other on Monday morning of violating the truce. Azerbaijan's Defense Ministry said Armenian forces had shelled the city of Terter and nearby villages, while the defense army of Nagorno-Karabakh said Azerbaijani forces had fired artillery at its positions.

President Donald Trump congratulated the two leaders on Sunday, writing on Twitter that many lives would be saved.

Mr. Putin said last week that nearly 5,000 people had been killed in the fighting, a figure far higher than the tolls released by either side.

Both governments have said they remain committed to a negotiated settlement, but each blames the other for the collapse of the earlier truces, agreed on Oct. 10 and Oct. 17. Mediators from France, Russia and the United States are expected to meet the foreign ministers in Geneva later this week.

"Without monitors on the ground, every ceasefire is only as good as the next shell," said a Western official involved in the talks, who asked not to be named.""",
        "accept": [
            {
                "quote_contains": "A humanitarian ceasefire brokered by the United States took effect",
                "phrase": "Monday",
                "title": "Third truce, brokered by the United States, takes effect",
                "kind": "ceasefire",
            },
            {
                "quote_contains": "accused each other on Monday morning of violating the truce",
                "phrase": "Monday morning",
                "title": "Third truce broken the same morning",
                "kind": "escalation",
            },
        ],
    },
    {
        "title": "Armenia, Azerbaijan and Russia sign statement ending Nagorno-Karabakh war",
        "outlet": DEMO_OUTLET,
        "url": "https://demo.conflict-timeline.example/2020/11/10/trilateral-statement",
        "published": datetime.date(2020, 11, 10),
        "text": """MOSCOW — The leaders of Armenia, Azerbaijan and Russia signed a statement on Monday night ending the war over Nagorno-Karabakh, under which Russian peacekeepers will deploy to the region and Azerbaijan will keep the territory it has taken.

All military action was to stop at 1 a.m. local time on Tuesday, according to the statement, which was signed by President Ilham Aliyev of Azerbaijan, Prime Minister Nikol Pashinyan of Armenia and President Vladimir Putin of Russia.

Under the agreement, nearly 2,000 Russian troops will be stationed along the front line and the Lachin corridor linking the region to Armenia for at least five years. Armenia is to hand back the Kalbajar, Aghdam and Lachin districts in stages by Dec. 1.

The deal came after President Aliyev announced on Sunday that Azerbaijani forces had taken Shusha, a strategic town on the heights above Stepanakert that Armenians call Shushi. Officials in Nagorno-Karabakh acknowledged its loss on Monday.

Mr. Aliyev said in a televised address that the statement amounted to Armenia's capitulation. Mr. Pashinyan wrote on Facebook that signing it had been incredibly painful for him and for his people, but that it was the best decision possible in the circumstances.

Azerbaijan apologized on Monday after its forces shot down a Russian military helicopter over Armenia, killing two crew members, and said the shooting had been an accident.

The fighting, which began on Sept. 27, killed thousands of soldiers and civilians, officials on both sides said, and displaced tens of thousands of people.""",
        "accept": [
            {
                "quote_contains": "announced on Sunday that Azerbaijani forces had taken Shusha",
                "phrase": "Sunday",
                "title": "Azerbaijan takes Shusha",
                "kind": "escalation",
            },
            {
                "quote_contains": "signed a statement on Monday night ending the war over Nagorno-Karabakh",
                "phrase": "Monday night",
                "title": "Trilateral statement ends the war",
                "kind": "ceasefire",
            },
        ],
    },
    {
        "title": "Protesters storm parliament in Yerevan after ceasefire deal",
        "outlet": DEMO_OUTLET_CAUCASUS,
        "url": "https://demo.conflict-timeline.example/2020/11/11/yerevan-protests",
        "published": datetime.date(2020, 11, 11),
        "text": """YEREVAN, Armenia — Protesters broke into the parliament and the government headquarters in Yerevan early Tuesday, hours after Prime Minister Nikol Pashinyan agreed to end the war over Nagorno-Karabakh on terms that many Armenians called a surrender.

The speaker of parliament, Ararat Mirzoyan, was beaten by a crowd and taken to the hospital, officials said. Police cleared the buildings by morning, but opposition parties held a rally in the capital later on Tuesday and demanded Mr. Pashinyan's resignation.

Mr. Pashinyan said in a live broadcast on Facebook that he took full responsibility for the outcome, and that military commanders had told him that fighting on would have meant still greater losses.

For many Armenians, the loss of Shusha on Sunday was the hardest blow of the war. The town, on the road from Armenia to Stepanakert, had been in Armenian hands since 1992.

The first Russian peacekeepers flew into Armenia on Tuesday and began moving toward Stepanakert through the Lachin corridor, the Russian Defense Ministry said.

In Baku, crowds celebrated in the streets, waving Azerbaijani and Turkish flags.

The agreement leaves the status of Nagorno-Karabakh unresolved, a question that has divided the two countries for more than three decades. Analysts said the presence of Russian troops would give Moscow a lasting say over how it is settled.""",
        "accept": [
            {
                "quote_contains": "Protesters broke into the parliament and the government headquarters",
                "phrase": "early Tuesday",
                "title": "Protesters storm parliament in Yerevan",
                "kind": "other",
            },
        ],
    },
]
