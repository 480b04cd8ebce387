"""General English knowledge the matcher uses: function words, synonyms, phrases.

Nothing here is about a particular fact base. Synonym groups link words people use
interchangeably when asking about events ("renamed" / "new name", "began" / "kicked off");
they are matched by stem, so one entry covers a word's inflections. A link counts for less
than the word itself (see ``engine.SYNONYM_CREDIT``), so a wrong link costs little.
"""

from __future__ import annotations

import re

# Function words and chat filler: never content.
STOPWORDS = frozenset(
    """
    a about above across again against all almost nearly along already also although am among an
    and another any anybody anyone anything are aren't around as at be became because been
    being both but by can can't cannot could couldn't did didn't do does doesn't doing don't
    done down during each either else ever every for from further get gets getting got had
    hadn't has hasn't have haven't having he her here hers herself him himself his how
    however i i'd i'm if in into is isn't it it's its itself just let let's like may me
    might mine more most much must my myself neither no nor not of off on once one's only
    onto or other our ours ourselves out over own per please quite rather really same shall
    she should shouldn't so some somebody someone something such than that that's the their
    theirs them themselves then there there's these they they're this those though through
    thru to too toward towards under until up upon us very via was wasn't we we're were
    weren't what what's whatever when where which while who who's whom whose why will with
    within without won't would wouldn't yet you you're your yours yourself yourselves hi hey
    hello thanks thank ok okay pls plz tell know remind wonder wondering asking ask question
    yo ty thx tx ta cheers lol lmao haha btw fyi um uh hmm ago till til whereabouts
    iirc afaik afaict tbh tbf imo imho fwiw ngl idk ofc re cos coz cuz ish
    weve theyd theyre theyve didnt wasnt werent dont doesnt isnt arent hasnt havent hadnt youre
    ive thats theres cant couldnt wouldnt shouldnt
    didn wasn weren doesn isn aren hasn hadn couldn wouldn shouldn
    answer bot factbot guys folks anyone anybody happen happened happens happening occur
    occurred occurs befall befell befallen transpire transpired transpires take took taken taking
    takes place places event events thing things stuff something
    anything go went gone going come came exactly actually roughly approximately ever
    everyone everybody everything nobody before after prior since officially finally eventually
    """.split()
)

# Words that carry no topic of their own in a question ("what happened", "any news").
GENERIC = frozenset(
    """
    happen happened happens happening occur occurred occurs occurring befall befell befallen
    transpire transpired transpires event events thing things stuff news going on new did do does
    done take took taken place next previous duration back notable noteworthy significant
    memorable
    """.split()
)

# Light verbs and vague words: they carry little of a question's meaning ("when did X *become*
# a standard", "what did Y *put forward*"), so they weigh little whether matched or not.
LIGHT = frozenset(
    """
    become becomes became make makes made making put puts putting get gets got give gives gave
    given keep keeps kept show shows showed shown look looks looked use used uses using stand
    say says see saw seen bring brings brought bringing let lets turn turned try tried way
    part kind sort lot lots different various whole real main big small little tiny
    milestone milestones development developments moment moments step steps thing things
    anti non pro altogether completely entirely fully totally permanently
    finally eventually proper properly major huge serious significant massive notable
    important large focused based related oriented centred centered driven
    professor prof dr doctor mr mrs ms sir dame
    log logs timeline wiki
    owned owns owning letting fancy actual shiny change changed changes changing running holds
    giving old project projects job jobs
    awful terrible dreadful horrible horrendous appalling together bit somewhere elsewhere
    lad lads folk folks guys practically virtually basically literally absolutely utterly
    """.split()
)

# Words that ask for the answer's kind more than name a topic ("what *caused* the outage",
# "what *damage* did the storm do", "what did the redesign *involve*"): when a base never
# uses them, its facts tell causes and damage in other words ("after heavy snow", "brought down
# the old oaks").
ANSWER_WORDS = frozenset(
    """
    cause caused causes causing reason reasons damage involve involved involves entail wrong
    model brand decide decided decides
    """.split()
)

# Verbs that name what happened. A question whose event verb no fact shares asks about an event
# the base does not record ("when did Aldrin *die*"); a missing descriptive word ("when was the
# GIL made *optional*") is weaker evidence, since facts describe the same thing in other words.
EVENT_VERBS = frozenset(
    """
    accept acquire add adopt agree announce appoint approve arrest arrive attack award ban
    demolish burn
    become begin born break build buy call cancel capture celebrate change choose close
    collapse complete create crash die discover dismiss divorce drop elect end enter escape
    establish expand explode fail fall find finish fire form found fund give graduate grow hire
    hold host install introduce invade invent invest join kill knight land launch lay leave
    lose marry meet merge migrate move name nominate open order pass play promote propose
    publish purchase quit raise reach rebuild receive reject release relocate remove rename replace
    resign retire return rise sack sell ship shut sign split start step stop strike succeed
    suspend switch take test visit vote win withdraw write
    """.split()
)

# British spellings, read as the American ones so either finds the other (by stem).
SPELLINGS_TEXT = """
licence license | licences licenses | licenced licensed | relicenced relicensed | defence defense
offence offense | colour color | favour favor | honour honor | labour labor | behaviour behavior
neighbour neighbor | centre center | centres centers | metre meter | theatre theater
organise organize | organised organized | organisation organization | realise realize
recognise recognize | analyse analyze | catalogue catalog | programme program | travelled traveled
cancelled canceled | modelling modeling | fulfil fulfill | enrol enroll | grey gray
practise practice | practised practiced | practising practicing
"""


# Plurals the stemmer cannot bring to their singular's stem ("buses" is not "buse"), each
# read as its singular; and their possessives written without the apostrophe ("the womens
# team").
PLURALS_TEXT = """
buses bus | busses bus | gases gas | lenses lens | canvases canvas | aliases alias | pluses plus
crises crisis | analyses analysis | theses thesis | indices index | criteria criterion
radii radius | children child | women woman | men man | mice mouse | feet foot | teeth tooth
geese goose | gentlemen gentleman | womens woman | mens man | childrens child | gentlemens gentleman
lice louse | oxen ox | dormice dormouse | wolves wolf | knives knife | wives wife | thieves thief
loaves loaf | shelves shelf | halves half | calves calf | hooves hoof | scarves scarf
wharves wharf | cacti cactus | fungi fungus | nuclei nucleus | alumni alumnus | alumnae alumna
stimuli stimulus | syllabi syllabus | termini terminus | bacteria bacterium | strata stratum
curricula curriculum | memoranda memorandum | referenda referendum | phenomena phenomenon
formulae formula | antennae antenna | larvae larva | vertebrae vertebra | appendices appendix
matrices matrix | vertices vertex | oases oasis | diagnoses diagnosis | hypotheses hypothesis
atria atrium | auditoria auditorium | stadia stadium | symposia symposium | millennia millennium
consortia consortium | aquaria aquarium | moratoria moratorium | corpora corpus | genera genus
plateaux plateau | chateaux chateau | bureaux bureau | gateaux gateau
"""


def spellings() -> dict[str, str]:
    """Each British spelling and the American one it is read as, and each plural in
    ``PLURALS_TEXT`` and its singular."""
    text = (SPELLINGS_TEXT + PLURALS_TEXT).replace("\n", "|")
    pairs = (entry.split() for entry in text.split("|"))
    return {other: usual for other, usual in (p for p in pairs if p)}


# Irregular past forms of verbs, one verb between bars or line ends. A question's verb also
# matches its other forms ("leave" finds "left", "led" finds "lead"); the stemmer cannot know
# them. Forms that are mostly other words are left out ("found", "ground", "rose", "bit").
IRREGULAR_TEXT = """
arise arose arisen | awake awoke awoken | bear bore borne | beat beaten | become became
begin began begun | bend bent | bind bound | bleed bled | break broke broken | breed bred
bring brought | build built | burn burnt | buy bought | catch caught | choose chose chosen
come came | deal dealt | dig dug | draw drew drawn | drink drank drunk | drive drove driven
eat ate eaten | fall fell fallen | feed fed | feel felt | fight fought | flee fled
fly flew flown | forbid forbade forbidden | forget forgot forgotten | forgive forgave forgiven
freeze froze frozen | give gave given | go went gone | grow grew grown | hang hung | hear heard
hide hid hidden | hold held | keep kept | know knew known | lay laid | lead led | leave left
lend lent | light lit | lose lost | make made | mean meant | meet met | mistake mistook mistaken
oversee oversaw overseen | overtake overtook overtaken | overthrow overthrew overthrown
pay paid | rebuild rebuilt | ride rode ridden | ring rang rung | rise risen
rewrite rewrote rewritten | run ran | say said | see saw seen | seek sought | sell sold
send sent | shake shook shaken | shine shone | shoot shot | sing sang sung | sink sank sunk
sit sat | sleep slept | slide slid | speak spoke spoken | speed sped | spend spent | spin spun
stand stood | steal stole stolen | stick stuck | strike struck | strive strove striven
swear swore sworn | sweep swept | swim swam swum | take took taken | teach taught
tear tore torn | tell told | think thought | throw threw thrown | undertake undertook undertaken
uphold upheld | wake woke woken | wear wore worn | win won | withdraw withdrew withdrawn
withhold withheld | write wrote written
"""


IRREGULAR_ENTRIES = tuple(
    tuple(entry.split()) for entry in re.split(r"[|\n]", IRREGULAR_TEXT) if entry.strip()
)
# The past forms of irregular verbs ("held", "built", "won"): the first of each entry is the base
PARTICIPLES = frozenset(form for entry in IRREGULAR_ENTRIES for form in entry[1:])


def verb_families() -> dict[str, frozenset[str]]:
    """Each form of an irregular verb and all the forms of that verb."""
    found: dict[str, frozenset[str]] = {}
    for entry in IRREGULAR_ENTRIES:
        family = frozenset(entry)
        found.update((form, family) for form in family)
        base = entry[0]  # "driving", "drives": the base form's regular forms
        found.setdefault(_ing(base), family)
        found.setdefault(base + ("es" if base.endswith(("s", "sh", "ch", "o")) else "s"), family)
    return found


def _ing(verb: str) -> str:
    """The -ing form of a verb: "driving", "running", "seeing", "beginning"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"  # "lie": "lying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    vowels = "aeiou"
    short = len(verb) <= 4 or verb in ("begin", "forget", "forbid", "upset", "overrun")
    if (
        short
        and len(verb) >= 3
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
    ):
        return verb + verb[-1] + "ing"
    return verb + "ing"


# Numbers people write either way: "1 million users" and "one million users", "26 years"
# and "twenty-six years" (digits -> name).
_UNITS = "one two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_NAMES = {
    str(n): name
    for n, name in (
        *enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen"
            " fourteen fifteen sixteen seventeen eighteen nineteen".split()
        ),
        *((20 + 10 * t, ten) for t, ten in enumerate(_TENS)),
        *(
            (21 + 10 * t + u, f"{ten}-{unit}")
            for t, ten in enumerate(_TENS)
            for u, unit in enumerate(_UNITS)
        ),
        (100, "hundred"),
        (1000, "thousand"),
    )
}


def _ordinal_names() -> dict[str, str]:
    """ "1st" -> "first" ... "100th" -> "hundredth", "25th" -> "twenty-fifth"."""
    units = (
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
        " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    tenths = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
    names = {n + 1: name for n, name in enumerate(units)}
    for index, (ten, tenth) in enumerate(zip(tens, tenths.split(), strict=True)):
        base = 20 + 10 * index
        names[base] = tenth
        names.update({base + n + 1: f"{ten}-{unit}" for n, unit in enumerate(units[:9])})
    names[100] = "hundredth"
    # "the 10,000th car": "the ten-thousandth car"
    for count, cardinal in enumerate(_UNITS, start=1):
        for size, name in ((100, "hundredth"), (1000, "thousandth")):
            names[count * size] = name if count == 1 else f"{cardinal}-{name}"
    names[10_000] = "ten-thousandth"
    return {f"{n}{ordinal_suffix(n)}": name for n, name in names.items()}


def ordinal_suffix(n: int) -> str:
    """ "st", "nd", "rd" or "th", as 21st, 112th."""
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# Ordinals people write either way: "25th anniversary" and "twenty-fifth anniversary".
ORDINAL_NAMES = _ordinal_names()

# Question words that decide the form of the answer. Typos of these are corrected first.
QUESTION_WORDS = ("when", "where", "who", "whom", "whose", "what", "which", "how", "why")

MONTH_WORDS = tuple(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Common first names that are no everyday word: typed in lowercase, still a person's name
# ("when did peter hallam start?"); "will", "mark", "rose", "grace" and the like are left out.
FIRST_NAMES = frozenset(
    """
    aaron adam adrian aidan alan alastair albert alex alexander alfie alice alison amanda amy
    andrew angela anna anne anthony arthur barbara barry beatrice ben benjamin beth bethan
    brian bridget callum carl caroline catherine charlotte chloe chris christine christopher
    claire clare colin craig daniel darren david deborah dennis derek diane donald dorothy
    douglas duncan edward eileen eleanor elizabeth ellen emily emma eric fiona francis gareth
    gary gavin geoffrey george gordon graham gwen harold harriet harry heather helen henry hugh
    ian imogen isabel jacob james jane janet jennifer jeremy jessica joanna john jonathan joseph
    judith julia julian karen kate katherine keith kenneth kevin laura lucy malcolm margaret
    maria marian martin mary matthew megan michael nathan neil nicholas nicola nigel oliver owen
    pamela patricia paul pauline peter philip rachel rebecca richard robert roger ruth sally
    samuel sandra sarah simon sophie stephen steven stuart susan thomas timothy tom trevor
    valerie victoria william
    """.split()
)
# A "which <noun>" question asks for a person, a place or a time by its noun.
PERSON_NOUNS = frozenset(
    """
    person people man woman general minister president leader head chief commander official
    officer author founder creator inventor manager captain coach player engineer developer
    lead owner chair chairman chairwoman ceo cto director professor scientist astronaut
    pilot king queen prime premier secretary ambassador diplomat envoy member members
    """.split()
)
# ... those that name a role, not just someone
ROLE_TITLES = PERSON_NOUNS - frozenset("person people man woman member members".split())
# Jobs people are hired into ("bring in a designer" is a hiring, "bring in a new till" is not)
ROLE_NOUNS = frozenset(
    """
    designer developer manager engineer mechanic coach teacher tutor chef cook nurse doctor vet
    curator archivist librarian caretaker warden ranger cleaner administrator coordinator
    organiser organizer officer secretary treasurer editor producer presenter instructor
    trainer physio physiotherapist receptionist analyst consultant lawyer solicitor architect
    planner director accountant bookkeeper conductor groundsman groundskeeper keeper steward
    porter driver skipper technician programmer researcher scientist assistant
    """.split()
)
_ROLE = "(?:" + "|".join(sorted(ROLE_NOUNS)) + r")s?\b"  # one of them, or some
PLACE_NOUNS = frozenset(
    """
    city town place country location venue site capital region state stadium ground office
    building where
    """.split()
)
TIME_NOUNS = frozenset(
    """
    year month day date time decade week era period season
    """.split()
)

ORDER_FIRST = frozenset(
    """
    first earliest initial original originally inaugural oldest opening maiden
    """.split()
)
ORDER_LATEST = frozenset(
    """
    last latest newest recent final current currently now nowadays today presently
    """.split()
)

# Synonym groups. Each line is one group; words are matched by stem.
SYNONYM_GROUPS_TEXT = """
start begin began begun beginning commence launch kick kickoff erupt onset initiate outbreak
    setup golive
end finish stop conclude close cease terminate halt eol endoflife die sunset shut shutdown
    winddown axe axed suspend suspended
rename renamed renaming rebrand rebranded retitle newname namechange
name title called
release publish ship launch debut unveil rollout available out deliver delivered
add introduce include bring gain support arrive feature
remove drop delete discontinue deprecate abolish scrap ditch abandon kill retire shutdown dispose
resign stepdown quit leave depart retire
appoint hire select choose pick install recruit recruited
elect vote election
lead led leads leading head chair boss manager leader chief director commander helm incharge
    ceo warden wardens coordinator coordinators convenor convener supervisor foreman forewoman
    superintendent gaffer guvnor guv'nor commodore president chairman chairwoman chairperson
    figurehead
meet meeting talk talks consultation consult discussion dialogue negotiation summit
    conference round session
discuss address cover raise debate consider agenda topic theme subject item issue
protest object oppose condemn complain complaint complaints criticize criticise grumble pushback
concern worry alarm fear unease anxiety
deploy deployment station place install position
controversy debate dispute row argument disagreement fight quarrel
hold held host convene
first inaugural initial opening maiden original originally debut
last final latest newest recent current
move relocate migrate migration transfer switch port transition shift replace decamp
buy bought acquire purchase takeover buyout nab nabbed
buyback buyout
merge combine unify unified
found establish create form setup inception founding incorporate
win won victory champion title trophy triumph crown crowned clinch clinched clinching
lose lost defeat beaten relegate relegation godown
die death dead kill killed killing perish fatal fatality casualty
born birth
build construct
open inaugurate setup
sign agreement treaty deal accord pact protocol
fast faster speed speedup performance quick quicker
fix patch repair resolve
outage incident downtime failure crash breakage accident accidents mishap breakdown
    breakdowns broke
announce declare reveal unveil state say said
decide decision agree ruled ruling verdict judgment judgement
propose proposal suggest suggestion plan roadmap initiative approach idea putforward
test trial experiment pilot
beginner novice learner newcomer
neutral independent impartial
eligible eligibility qualify qualifies qualified entitled entitlement
tighten tightened stricter strict toughen toughened
adjacent neighbouring neighboring adjoining nextdoor
# -- everyday words for a fact's words (proposed in bulk, kept as measured)
chair chairman chairwoman chairperson
treasurer bursar bookkeeper bookkeeping accountant
volunteer helper
coordinator coordinate coordinating organiser organizer
benefactor donor philanthropist
apprentice apprenticeship trainee traineeship prentice prentices
predecessor forerunner precursor
headteacher headmaster headmistress principal incharge
spokesperson spokesman spokeswoman spokesmen
groundsman groundskeeper greenkeeper
captain skipper captaincy
goalkeeper goalie
referee umpire
vet veterinary veterinarian
councillor councilor
proprietor owner
own owns owned owning ownership owner owners
personnel staff
colleague coworker workmate
nickname moniker
warden ranger
janitor caretaker custodian
chef cook
programmer coder developer
police cop constabulary
vicar rector parson
firefighter fireman firemen
sailor seaman mariner
rower oarsman oarswoman
climber mountaineer alpinist
beekeeper apiarist
scientist researcher boffin
reporter journalist correspondent
singer vocalist
teen teenager
newbie novice
resident inhabitant
alumni alumnus alum
pupil student
teacher tutor instructor
lawyer solicitor attorney
grant subsidy
bursary scholarship
bequest bequeath legacy legacies
fundraiser fundraisers fundraising fundraise appeal appeals
evening evenings night nights
league leagues division divisions
ripen ripened ripening mature matured maturing
phd phds doctorate doctorates doctoral dphil
tenant tenants tenancy tenancies
debt debts loan loans
puppy puppies pup pups
gift donation
loan borrow lend
debt owe arrears
profit surplus
deficit shortfall
fare tariff
subscription subscriptions dues subs
pension superannuation
tax levy
liquidation insolvency
shareholder stockholder
overspend overspent
expensive costly pricey
affordable cheap inexpensive
refund reimburse
depot garage
clubhouse pavilion
warehouse storehouse depository
annex outbuilding extension
carpark parking
circuit racetrack
gym gymnasium
pub inn tavern alehouse
canteen cafeteria refectory
toilet loo lavatory restroom washroom
exhibition showcase
farm ranch farmstead
cellar basement
timetable schedule
tram streetcar tramcar
railway railroad rail
underground subway metro
quay wharf quayside
airport airfield aerodrome
canal waterway
factory mill
hospital infirmary
cemetery graveyard churchyard
greenhouse glasshouse hothouse
brewery brewhouse
bakery bakehouse
trail footpath path
pavement sidewalk
rubbish trash garbage
curriculum syllabus
exam examination
charity charitable nonprofit ngo
sanctuary refuge haven
memorial monument
statue sculpture
artefact artifact relic
film movie
walk walks hike hikes hiking ramble rambles trek treks
documentary documentaries programme programmes
website homepage
phone telephone cellphone mobile mobiles smartphone smartphones
newsletter bulletin
magazine periodical zine
newspaper gazette
broadcast transmit
radio wireless
advert advertisement
logo emblem crest badge
motto slogan tagline
brochure leaflet flyer pamphlet
photo photograph pic
video footage
choir chorus
premiere debut
vegetarian vegan meatfree plantbased dairyfree
dispose disposed disposal sell sold
noise noisy loud loudness
cassette cassettes tape tapes
conductor conductors conduct conducts conducted conducting musicaldirector
decommission mothball shutdown
amalgamate merger merge
split demerge
disband dissolve dissolution
revive resurrect relaunch
bravery gallantry courage heroism valour valor brave gallant courageous heroic
restart resume recommence
suspend hiatus pause
restore renovate
erect build
maintenance upkeep servicing
dismantle disassemble
festival fest
parade procession cavalcade flotilla
banquet dinner feast
marry wed marriage
expel expulsion
tournament competition contest comp comps
stalemate deadlock impasse
silverware trophy
unbeaten undefeated invincible
semifinal semi
squad roster
peak heyday zenith pinnacle
footfall visitor visitors punter punters
punter punters passenger passengers customer customers
ridership passenger patronage
slump downturn recession
surge boom upsurge
fault faulty glitch malfunction
blackout powercut
flood inundate deluge swamped overflow overflowed overflowing
christmas festive yuletide yule
storm gale tempest gales storms gusts
rip rips ripped ripping tear tears tore torn tearing
blizzard snowstorm
earthquake quake tremor
blast explosion
burglary burgle
manure muck dung
disposable throwaway singleuse
riot unrest disturbance
scandal controversy fuss furore rumpus uproar kerfuffle dispute disputes
pollution contamination
shortage scarcity dearth
ill sick unwell ailment
investigation inquiry enquiry probe
arrest detain apprehend
jail gaol prison imprison
forbid prohibit
licence permit
regulation bylaw byelaw
law legislation statute
permission consent approval
ballot poll
repeal revoke rescind
illegal unlawful illicit
compulsory mandatory obligatory
login signin logon
password passcode passphrase
rewrite refactor rework
opensource foss
beta preview prerelease
lab laboratory
locomotive loco
cab taxi
bike bicycle
lorry truck hgv
cattle cow bovine
pig swine hog
chicken hen poultry
pasture meadow grassland
beer beers ale pint pints booze alcohol alcoholic
booze alcohol alcoholic liquor drinks
beehive hive
woodland forest
wooden timber
neighbourhood neighborhood locality
border frontier boundary
oversee supervise
former ex erstwhile
temporary provisional
worldwide global
vacant unoccupied empty
derelict disused
dangerous unsafe hazardous
bicentenary bicentennial
anniversary birthday jubilee
foreign abroad overseas international
limit limited limiting cap capped capping restrict restricted
postpone postponed postponement delay delayed defer deferred reschedule rescheduled
rebuild rebuilt redo redone redid reconstruct reconstructed reconstruction
share sharing exchange swap
register registration enrol enroll signup
allow permit accept let letting admit admitted admitting
power office rule presidency leadership
country nation state
city town
talk speak
ask call demand urge request push
express voice state
army military troops forces
missile antimissile
defense defence shield interceptor
deputy vice viceminister
official officials minister ministers ministerial diplomat diplomats
counterpart counterparts opposite
accelerate speedup momentum
agenda topics
tension tensions
peace ceasefire truce
easing ease relaxation detente thaw calm calming defuse
improve improved improvement better warming
reach hit attain surpass surpassed exceed exceeded top topped pass passed
number count total many
job role position post
company firm business startup organisation organization
price cost fee
version release
bug defect issue
game match fixture
stadium ground arena venue
season campaign
coach manager trainer
player signing
person human people individual
fire fired sack sacked dismiss dismissed oust ousted layoff
ban banned prohibit prohibited outlaw outlawed
approve approved ratify ratified adopt adopted
visit visited tour toured trip
land landed landing touchdown
explode exploded explosion disintegrate blowup breakup
ipo listing flotation
customer customers client clients user users
staff employee employees workforce headcount employ employed employs employing payroll
office offices headquarters hq premises building buildings
revenue sales income turnover
partner partners partnership alliance collaboration
wheelchair wheelchairs accessible accessibility
spares parts components
pottery ceramic ceramics earthenware
award awards prize prizes medal honour honor win won winning gong gongs
breach hack hacked leak leaked compromise compromised deface defaced defacement
invent invented invention devise devised
demolish demolished demolition raze razed bulldoze bulldozed
blaze burn burned burnt burning arson fire torch torched torching alight
reunite reunited reunion reunions
sue sued suing lawsuit lawsuits litigation
gig gigs concert concerts
celebrate celebrated celebrating celebration celebrations commemorate commemorated anniversary
    jubilee centenary centennial
lift lifts elevator elevators
automate automated automation unmanned unstaffed
bust bankrupt bankruptcy insolvent insolvency administration receivership fold folded creditors
sell sold divest flog flogged
join joined enter entered membership arrive arrived arrival affiliate affiliated affiliation signup
promote promoted promotion
rise rose increase grow growth hike hikes hiked jump jumped
fall fell decrease decline
outage incident downtime failure crash breakage godown
write wrote written author authored develop developed create created code coded program
    compose composed
author authors writer writers novelist novelists
fly flew flown flight orbit orbited
crewed manned crew
remote remotely wfh workfromhome
strike strikes striking struck walkout walkouts stoppage
covid coronavirus pandemic lockdown virus
retract retracted retraction withdraw withdrew withdrawn pull pulled recall recalled
voyage voyages cruise cruises expedition expeditions
scheme schemes program programs
plane planes aircraft airplane airplanes airliner airliners jet jets
steal stole stolen theft embezzle embezzled embezzlement fraud misappropriate misappropriated
    scam scams scammed swindle swindled nick nicked pinch pinched pinching rob robbed robbery
replace replaced replacement succeed succeeded successor supersede superseded instead swap
    swapped swapping
cancel cancelled canceled cancellation calloff axe axed scrap scrapped wipeout scupper scuppered
vulnerability vulnerabilities cve exploit flaw
online virtual virtually livestream livestreamed internet web zoom skype website websites wifi
enter entered entering entry entries entrant entrants
supermarket supermarkets superstore superstores hypermarket
shop shops boutique boutiques
perfume perfumes fragrance fragrances scent scents cologne
counterfeit counterfeits fake fakes knockoff knockoffs forgery forgeries
seize seized seizure confiscate confiscated impound impounded grab grabbed
server servers box boxes machine machines host hosts instance instances node nodes
layoff layoffs redundancy redundancies jobcuts
child children kid kids youth youngster youngsters minor minors teenager teenagers juvenile
    junior juniors
pay wage wages salary salaries earnings
money cash funds readies dosh
finish finished finishing complete completed completion
boat boats ship ships vessel vessels
lesson lessons class classes tuition
section group
aground grounding grounded stranded beached sandbank
tv telly television
woman women female females ladies
man men male males bloke blokes chap chaps fella fellas
jab jabs vaccination vaccinations vaccine vaccines vaccinate vaccinated
collide collided collision collisions crash crashed
fan fans supporter supporters
care cares cared caring carer keeper keep keeps kept tend tended
big bigger biggest large larger largest huge major
hurt injure injured injury injuries
fork forked forking splitoff
repay repaid repayment repayments
donate donated donation donations
dispense dispensed dispensing dispensary handout distribute distributed distribution
reject rejected refuse refused turndown
discover discovered discovery excavate excavated excavation unearth unearthed uncover uncovered
funding fund funded investment investments invest invested investor investors financing
    raise raised raising
music soundtrack composer compose composed
horse horses equine
sheep ewe ewes flock flocks ram rams tup tups
cat cats feline
dog dogs canine
failover fallback standby backup
accredit accredited accreditation certify certified certification recognise recognised
    recognize recognized recognition
handle handled handling tackle tackled dealwith
launch golive
install installed installing installation fitted arrive arrived
van vans minibus minibuses
renovate renovated renovation refurbish refurbished refurbishment refurb revamp revamped redo
    redone redid
    overhaul overhauled restore restored restoring restoration refit refitted repair repaired
rent rents rented renting rental lease leases leased leasing hire hired
peak peaked highest record fastest quickest busiest
turnout turnouts attendance attendances crowd crowds audience audiences attracted
expand expanded expanding expansion extend extended extending extension enlarge enlarged grow grew
collect collected collecting harvest harvested harvesting
sewage sewerage wastewater effluent
tent tents marquee marquees
rehearse rehearsed rehearsing rehearsal rehearsals practice practise practiced practised
    practicing practising
hit hits hitting struck
outright freehold
interim acting caretaker
sponsor sponsors sponsored sponsoring sponsorship backing backer backers
reserve reserved reserving reservation reservations book booked booking bookings
mum mums mom moms mam mother mothers
dad dads father fathers
quid pound pounds sterling
buck bucks dollar dollars
cheaper cut reduce reduced lower lowered
test testing tested screen screening screened check checking checked
drug drugs medicine medicines medication
paint painted paintwork livery repaint repainted
callout callouts shout shouts
drought droughts heatwave heatwaves
braces orthodontic orthodontics orthodontist
rebel rebels insurgent insurgents militia militias guerrilla guerrillas
capsize capsized capsizing overturn overturned flip flipped
makeover facelift redesign redesigned
seaside seafront coast coastal beach
stake shareholding
shear shears sheared shearing shorn clip clipped clipping clippers
thief thieves burglar burglars crook crooks robber robbers
pier piers jetty jetties
collapse collapsed collapses collapsing breach breached breaches
rain rained raining rainfall downpour downpours deluge deluges cloudburst cloudbursts
trophy trophies cup cups shield shields
vandal vandals vandalize vandalized vandalism trash trashed troll trolls yob yobs hooligan
    hooligans
penalise penalised penalize penalized penalty penalties dock docked fine fined sanction
    sanctioned punish punished punishment deduction deductions
throw throws threw thrown toss tossed tosses hurl hurled chuck chucked fling flung
boulder boulders rock rocks
sanitiser sanitisers sanitizer sanitizers gel gels
ownpower solar photovoltaic
ownpower turbine turbines hydroelectric
""".strip()

# Broad kinds of event, as word lists: a word of one kind counts a little for another word of
# the same kind ("ditch" for "stopped", "leave" for "relocated"), much less than a synonym does
# (see ``evidence.KIND_CREDIT``). Only kinds whose words rarely mean anything else.
EVENT_KINDS_TEXT = """
end ended ending stop stopped cease ceased halt halted discontinue discontinued drop dropped
    scrap scrapped ditch ditched axe axed cancel cancelled canceled calloff abandon abandoned
    wipeout withdraw withdrawn withdrew retract retracted remove removed abolish abolished instead
    shutdown close closed closure closures kill killed sunset sunsetted winddown
    decommission decommissioned mothball mothballed dispose disposed
move moved relocate relocated leave left migrate migrated transfer transferred
introduce introduced launch launched debut debuted arrive arrived unveil unveiled release
    released publish published rollout ship shipped available open opened
cause caused causes blame blamed because trigger triggered attribute attributed reason
acquire acquired buy bought purchase purchased arrive arrived receive received deliver
    delivered delivery donate donated
damage damaged wreck wrecked destroy destroyed collapse collapsed ruin ruined trash trashed wipeout
    devastate devastated smash smashed lose lost losing sank sunk
steal stole stolen theft thefts burgle burgled burglary
cut cuts cutting slash slashed reduce reduced trim trimmed shrink shrank shrunk decrease
    decreased downsize downsized lower lowered
"""

# Common abbreviations, linked like synonyms.
ABBREVIATIONS_TEXT = """
mkt mkts market markets
div division
rep reps representative representatives
con cons convention conventions
k8s kubernetes
aws amazon
hg mercurial
db database
js javascript
ts typescript
repo repository
vm vms virtualmachine
sso singlesignon
cert certs certificate certificates
config configs configuration configurations
infra infrastructure
prod production
auth authentication
perf performance
colo colocation datacenter datacenters datacentre datacentres
dept depts department departments
dev devs developer developers
md managingdirector
gm generalmanager
pr prs pullrequest pullrequests
a&e emergency casualty
r&d research
m&a acquisition acquisitions
govt government
mgmt management
ops operations
docs documentation
eng engineering
intl international
univ uni university
corp corporation
admin administration administrator
mgr manager
ltd limited
sim sims simulator simulators
indie independent
coop co-op cooperative cooperatives
ev evs electricvehicle electricvehicles
electric lecky leccy
convict convicted conviction sentence sentenced jail jailed guilty
writeoff totalled totaled
ref refs referee referees
mag mags magazine magazines
xmas christmas
""".strip()

# The short forms of first names people use in chat ("when did Dan take over?" of Daniel
# Hollins). Not those that are everyday words too (bill, rob, will, pat, sue, jack, nick).
NICKNAMES_TEXT = """
dan danny daniel
sam sammy samuel samantha
des desmond
dave davey david
mike mikey mick michael
steve stevie stephen steven
chris christopher christine christina
liz lizzie beth elizabeth
kate katie kath cathy katherine catherine kathryn kathleen
tom tommy thomas
alex alexander alexandra
ben benjamin
jim jimmy james
tony anthony
andy andrew
matt matthew
pete peter
phil philip phillip
ed eddie ted edward
fred freddie frederick
joe joey joseph
ken kenny kenneth
larry lawrence
len lenny leonard
maggie peggy margaret
ron ronnie ronald
tim timothy
jen jenny jennifer
becky becca rebecca
deb debbie deborah
mandy amanda
nick nicky nicola nicholas
gerry gerald geraldine
greg gregory
jeff jeffrey
geoff geoffrey
vicky victoria
abby abigail
bert albert herbert
charlie charles charlotte
theo theodore
zach zachary
nat nathan natalie nathaniel
bob bobby rob robbie robert
billy william
sue susie susan
pat patrick patricia
val valerie
barb barbara
jo joanne joanna
""".strip()

# Phrases rewritten to one token before matching, on questions and facts alike.
# The bodies a team's history is of: "who started the society?" asks who founded it
BODY_NOUNS = tuple(
    """society club company team group charity band business firm school choir orchestra trust
    practice league association cooperative co-op coop station magazine newspaper paper guild
    """.split()
)
BODIES = "|".join(BODY_NOUNS)  # ... as a pattern's alternatives
PHRASES = (
    # A particle set apart from its verb comes back beside it, for the phrases below to read:
    # "the river washed the whole regatta out" washed it out, "we shut the bar down"
    (
        r"\b((?:wash|call|shut|knock|tear|tore|torn|kick|sell|sold|wind|wound|scale|"
        r"phase|turn|pack|lay|laid|close|give|gave|sign|set)(?:s|es|ed|d|ing|ting|ped|ping)?) "
        r"((?:the|our|their|its|his|her|that|this|those|these|a|an|all) (?:[\w'-]+ ){0,2}?"
        r"[\w'-]+) (out|off|down|up|over)\b",
        r"\1 \3 \2",
    ),
    # ... and "switched the lights on" switched them on
    (
        r"\b(switch(?:es|ed|ing)?) ((?:the|our|their|its|that|this|those|these|all) "
        r"(?:[\w'-]+ ){0,2}?[\w'-]+) on\b",
        r"\1 on \2",
    ),
    (r"\bswitch(?:es|ed|ing)?[ -]on\b", "switchon"),  # "pressed the switch-on button"
    (r"\bknock(?:s|ed|ing)? ((?:[\w'-]+ ){1,3}?)on the head\b", r"stopped \1"),  # "the fireworks"
    (r"\bstep(?:s|ped|ping)? down\b", "stepdown"),
    (r"\bstep(?:s|ped|ping)? aside\b", "stepdown"),
    (r"\bstep(?:s|ped|ping)? back from\b", "stepdown"),
    (r"\b(?:part|parts|corner|corners) of the (?:world|globe)\b", "region"),
    (r"\b(?:stretch|span|length|period) of time\b", "duration"),
    (r"\bname (?:was |were )?chang(?:e|ed|es|ing)\b", "namechange"),
    (
        r"\bchang(?:e|ed|es|ing) (?:its |their |our |the )?(?:[\w-]+(?:'s|s') )?names?\b",
        "namechange",
    ),
    (r"\bnew (?:name|title)\b", "newname"),
    (r"\bkick(?:s|ed|ing)? off\b", "kickoff"),
    (r"\bset(?:s|ting)? up\b", "setup"),
    (r"\b(?:sign|signs|signed|signing) up\b", "signup"),
    (r"\b(?:take|takes|took|taken|taking) place\b", "held"),
    (r"\b(?:people|folks?|persons) (?:work|works|worked|working)\b", "staff"),
    (r"\b(?:members?|people) of (?:staff|the staff)\b", "staff"),  # "our first member of staff"
    (r"\broll(?:s|ed|ing)? out\b", "rollout"),
    (r"\bcome out\b|\bcame out\b|\bcomes out\b", "release"),
    (r"\bpush(?:ed|es|ing)? back (?:to|until|till|by)\b", "postpone"),  # to a later date
    # "when did Ember Road get pushed back": a release pushed back is postponed
    (r"\b(?:get|gets|got|was|were|been|be|being) push(?:ed)? back\b", "postpone"),
    # "when did the fete get put back a week": postponed (not "put back in its place")
    (
        r"\b(?:get|gets|got|was|were|been|be|being) put back\b(?! (?:in|on|into|onto|together)\b)"
        r"|\bput(?:s|ting)? (?:it |the [\w-]+ )?back (?:by |until |till |to )?(?:a|one|two|three|"
        r"\d+) (?:week|weeks|day|days|month|months|fortnight)\b",
        "postpone",
    ),
    # "the grounds were like a swamp": waterlogged
    (r"\b(?:like|into) an? (?:swamp|bog|quagmire|mud ?bath|marsh|paddy field)\b", "waterlogged"),
    (r"\bpush(?:ed|es|ing)? back\b", "pushback"),
    (r"\btook office\b|\btake office\b|\btakes office\b|\bcame to power\b", "power"),
    (r"\bgot into power\b|\bget into power\b|\bin power\b|\bcome to power\b", "power"),
    (r"\bpass(?:ed|es)? away\b", "die"),
    # "entered into force", "took effect", "kicked in", "became binding": one event
    (r"\b(?:c[oa]me|comes|coming|enter(?:s|ed|ing)?) into (?:force|effect)\b", "inforce"),
    (r"\b(?:take|takes|took|taken|taking) effect\b|\bin force\b", "inforce"),
    (r"\bkick(?:s|ed|ing)? in\b|\b(?:became|become|becomes|becoming) binding\b", "inforce"),
    (r"\bvirtual machines?\b", "virtualmachine"),
    (r"\bsingle sign[- ]?on\b", "singlesignon"),
    (r"\b(?:go|goes|going|gone|went) live\b", "golive"),
    # "who put the first spade in the ground?": who broke ground, cut the first turf
    (
        r"\b(?:break|breaks|broke|broken|breaking) ground\b|\bground[- ]?breaking\b|"
        r"\b(?:cut|cuts|cutting) the first (?:turf|sod)\b|"
        r"\bfirst (?:spade|shovel|spadeful)s? (?:in|into) the ground\b",
        "groundbreaking",
    ),
    (r"\bjump(?:s|ed|ing)? ship\b", "quit"),  # "when did Dunmore jump ship?"
    # "when the farm changed hands": it was sold
    (r"\b(?:change|changes|changed|changing) hands\b", "sold"),
    # "who was the big cheese in the kitchen?", "the head honcho", "top dog": the boss
    (r"\bbig (?:cheese|wig|boss)\b|\bhead honcho\b|\btop dog\b|\bhonchos?\b", "boss"),
    # "when did we have to pack in ringing?": stop (not "pack in the crowds")
    # "when did our founder pack it in and sell up": she quit
    (r"\b(?:pack|packs|packed|packing) it in\b", "quit"),
    (r"\b(?:pack|packs|packed|packing) in with\b", "left"),  # "pack in with the North Road lot"
    (r"\b(?:pack|packs|packed|packing) in\b(?! (?:the|a|more|as|over|to)\b)", "stop"),
    (r"\bmusical directors?\b|\bmusic directors?\b", "musicaldirector"),
    # "who filled in as boss?": who served as interim head
    (r"\b(?:fill|fills|filled|filling|stand|stands|stood|standing) in as\b", "interim"),
    (r"\bwork(?:s|ed|ing)? from home\b", "workfromhome"),
    # "entries went online": "Online entries were taken", "the festival ran online only"
    (r"\b(?:go|goes|going|gone|went)(?: back)? online\b", "online"),
    # ... but "a receiver was put online" went live
    (r"\b(?:came|put|brought) online\b", "golive online"),
    (r"\bend[- ]of[- ]life\b", "endoflife"),
    # "what went down in 2020?": what happened (not what went down with the ship)
    (
        r"\bwhat (?:went|has gone|had gone) down\b"
        r"(?=\s*(?:(?:in|on|at|during|that|last)\b|[?.!]|$))",
        "what happened",
    ),
    # (not "went down the High Street": a way taken)
    (
        r"\b(?:go|goes|going|gone|went)(?: back)? down\b(?! (?:the|into|our|their|its|by|there)\b)",
        "godown",
    ),
    (r"\bin charge\b", "incharge"),
    # "when did we first put someone on the payroll?": hired them
    (
        r"\b(?:put|puts|putting|got|get|gets|getting|took|take|takes|taking) (?:[\w'-]+ ){0,2}?"
        r"on (?:the|our|its|their) payroll\b",
        "hire",
    ),
    # "when did we first have someone on the payroll?": a paid one
    (
        r"\b(?:have|has|had|having) (?:someone|somebody|anyone|anybody|an? [\w'-]+) "
        r"(?:actually |properly |officially )?on (?:the|our|its|their) payroll\b",
        "paid",
    ),
    # "how long were we dark in the pandemic?": a theatre or cinema dark is closed
    (
        r"\b(?:go|goes|went|gone|going|was|were|be|been|being|stay|stayed|staying)"
        r"(?: we| they| it)? dark\b",
        "closed",
    ),
    # "when did we stop being called the Kelderby group?": when we were renamed from it
    (r"\b(?:stop|stops|stopped|stopping) being (?:called|known as)\b", "renamed from"),
    # ... and "when did we stop being the Cullingford lot?", "... the Kelderby group?": the
    # lot called that, the body of that name
    (
        r"\b(?:stop|stops|stopped|stopping) being the ((?:[\w'&-]+ ){1,3}?)"
        r"(?:lot|crowd|bunch|mob|gang)\b",
        r"renamed from \1",
    ),
    (
        r"\b(?:stop|stops|stopped|stopping) being the ((?:[\w'&-]+ ){1,3}?(?:" + BODIES + r"))\b",
        r"renamed from \1",
    ),
    (r"\bput(?:s|ting)? forward\b", "putforward"),
    (r"\bshut(?:s|ting)? down\b", "shutdown"),
    (r"\bopposite numbers?\b", "counterpart"),
    (r"\b(?:walk|walks|walked|walking|storm|storms|stormed) (?:out|off the job)\b", "walkout"),
    (r"\b(?:down|downs|downed|downing) tools\b", "walkout"),  # "when did the grinders down tools"
    # "when did the council back down on selling the hall?": it dropped the plan
    (r"\b(?:back|backs|backed|backing) down (?:on|over|from)\b", "drop"),
    (r"\b(?:join|joins|joined|joining) forces\b", "merge"),
    (r"\bquick (?:q|qn|question)\b", "question"),  # chat: "quick q: when did ..."
    (r"\b(?:take|takes|took|taken|taking) on as\b", "hire"),  # "was taken on as a warden"
    # "when did we bring in a designer", "took on a new coach": hired one
    (
        r"\b(?:bring|brings|brought|bringing|take|takes|took|taken|taking) (?:in|on) (?:an? |our |"
        r"its |their |the )?(?:(?:new|first|full[- ]time|part[- ]time|paid|professional) ){0,2}"
        rf"(?={_ROLE})",
        "hire ",
    ),
    # "who did we bring in to run the online side?": whom we hired
    (r"\bwho did (?:we|they|the \w+) (?:bring|take) (?:in|on)\b", "who did we hire"),
    # "which company did we bring in as our external lottery manager?": appointed it
    (
        r"\b(?:bring|brings|brought|bringing) in (?:[\w'-]+ ){0,3}?as (?:an? |our |the |its )",
        "appoint ",
    ),
    # "when did tickets go up to a pound?": the price rose ("from 50p to £1")
    (
        r"\b(?:go|goes|went|gone|going) up (?=(?:to|by|from) (?:a (?:pound|quid|fiver|tenner)\b|"
        r"£|\$|€|\d+(?:p|pence| pounds?| quid| dollars?| euros?| percent|%)(?!\w)))",
        "rise ",
    ),
    # "when did we give up the shop in the lanes?": closed it
    (
        r"\b(?:give|gives|gave|given|giving) up (?:the|our|its|their|that) (?:[\w'-]+ )?"
        r"(?=(?:shop|boutique|store|stall|unit|office|premises|lease|branch|cafe|studio)\b)",
        "close ",
    ),
    (r"\bknock[- ]offs?\b", "knockoff"),  # "all those knock-off bottles": counterfeit
    (r"\btumble[- ]?dryers?\b", "dryer"),  # "one of the tumble dryers": "dryer number three"
    # "when did we pack up and leave the old lifeboat shed?": left it
    (r"\b(?:pack|packs|packed|packing) up and (?=leave|left|leaving|go|went|move|moved)\b", ""),
    # "where did we put the baby lobsters back in the sea": released them
    (
        r"\b(?:put|puts|putting|let|lets|letting) ((?:the|our|its|their|those|these|all|some)"
        r" (?:[\w'-]+ ){0,3}?)?back (?:in|into|to) (?:the )?(?:sea|wild|river|water|ocean|lake)\b",
        r"released \1",
    ),
    # "when did our numbers hit rock bottom?": at their lowest
    (
        r"\b(?:hit|hits|hitting|reach|reached|reaching) (?:an? )?"
        r"(?:rock[- ]bottom|all[- ]time low)\b",
        "lowest",
    ),
    # "was there a time we did club nights over video call?": the monthly meetings
    (r"\bclub nights?\b", "meeting"),
    # "after we bought back the stake from the paris lot": "a management buyout ... purchased
    # Solenne's stake" (not the sale it undid)
    (
        r"\b(?:buy|buys|bought|buying) back (?=(?:the|our|its|their|an?|that|this|those|these)\b)"
        r"|\b(?:buy|buys|bought|buying) (?=(?:it|them|(?:the|our|its|their) (?:[\w'-]+ ){0,2}?"
        r"[\w'-]+) back\b)",
        "buyback ",
    ),
    (r"\b(?:call|calls|called|calling) it a day\b", "retire"),
    (r"\b(?:stand|stands|stood|standing) in (?:as|for)\b", "acting"),  # "stood in as head"
    (r"\b(?:fall|falls|fell|fallen|falling) through\b", "abandon"),
    (r"\b(?:named|renamed) (?:after|for|in honou?r of)\b", "rename"),
    # "when did we stop being called Gateway Engineering": the name changed
    (r"\b(?:stop|stops|stopped|stopping) being (?:called|named|known as)\b", "rename"),
    (r"\bno longer (?:called|named|known as)\b", "rename"),
    # "the first of the mill's changes of name"
    (r"\b(?:change|changes) of (?:name|names)\b", "namechange"),
    # "From 1955 the brothers traded from the mill under the name Lennside Linen Works"
    (
        r"\b(?:traded|trading|trades|operated|operating|continued|carried on) (?:[\w'-]+ ){0,4}?"
        r"under the (?:new )?name\b",
        "rename",
    ),
    # "what did we used to be called?", "what was our old name?": the change of name tells
    # it ("changed its name from Cowlish and District Minibus Group to ...")
    (r"\bused to be (?:called|named|known as)\b|\b(?:old|former|previous) name\b", "rename"),
    (r"\b(?:christen|christens|christened) (?:[\w'-]+ ){1,3}in (?:memory|honou?r) of\b", "rename"),
    (r"\b(?:lay|lays|laid|laying) off\b|\b(?:let|lets|letting) (?:\w+ )?go\b", "layoff"),
    (
        r"\b(?:cut|cuts|cutting|eliminated|eliminates|eliminating|shed|sheds|shedding|axed|axing)"
        r"\s+(?:[\w,]+\s+){0,4}?(?:jobs|posts|roles|positions|staff)\b|\bjob (?:cuts|losses)\b",
        "layoff",
    ),
    (r"\b(?:get|gets|got|getting) rid of\b", "dispose"),
    # "Kestrel was taken off the road and sold to a breakers yard"
    (r"\b(?:take|takes|took|taken|taking) (?:\w+ )?off the road\b", "dispose"),
    # "when did noah first go out on a real emergency?": its first call-out
    (
        r"\b(?:go|goes|went|gone|going) out on (?:an? |its |their |our )?(?:(?:real|proper|"
        r"actual|first) )*(?:emergency|emergencies|shout|shouts|call|calls)\b",
        "callout",
    ),
    (r"\b(?:churn|churns|churned|churning|crank|cranks|cranked|cranking) out\b", "making"),
    # "when did the council pull our funding": cut it
    (
        r"\b(?:pull|pulls|pulled|pulling|axe|axes|axed|axing) ((?:the|our|its|their|his|her) "
        r"(?:[\w'-]+ )?(?:funding|grant|grants|money|subsidy|support|sponsorship|backing))\b",
        r"cut \1",
    ),
    # "one of the crew ended up in the water": went overboard
    (
        r"\b(?:end|ends|ended|ending) up in the (?:water|sea|river|drink)\b|"
        r"\b(?:fall|falls|fell|fallen|falling|went|go|gone) (?:over the side|into the (?:water|"
        r"sea|drink))\b",
        "overboard",
    ),
    (r"\b(?:further|farther) (?:out )?(?:to|out to) sea\b", "seaward"),
    (r"\bout of (?:action|use|service|commission)\b", "closed"),  # "the rink was out of action"
    (r"\b(?:bad|rough|wild|severe|extreme|stormy) weather\b", "storm"),
    (r"\bmeat[- ]free\b|\bplant[- ]based\b", "meatfree"),
    (r"\bdairy[- ]free\b|\bnon[- ]dairy\b", "dairyfree"),
    (
        r"\b(?:stream|streams|streamed|streaming) live\b|\blive[- ]?stream(?:s|ed|ing)?\b",
        "livestream",
    ),
    (r"\be-?mail(?:ing)? lists?\b|\bmailing lists?\b", "mailinglist"),
    # "when did the field finally become ours?": when we bought it
    (r"\b(?:become|became|becomes|becoming) ours\b", "bought"),
    # "where do we work from these days?": where the base is
    (
        r"\b(?:work|works|worked|working|operate|operates|operated|operating) (?:out of|from)\b",
        "based",
    ),
    (r"\b(?:come|comes|came|coming) (?:on ?board|aboard)\b", "join"),  # "Helen came on board"
    (r"\b(?:take|takes|took|taken|taking) delivery of\b", "arrive"),  # "took delivery of a Ford"
    # -- casual expressions (proposed in bulk, kept as measured)
    (r"\b(?:hang|hangs|hung|hanging) up (?:his|her|their|the) boots\b", "retire"),
    (r"\b(?:cease|ceases|ceased|ceasing) trading\b", "close"),
    (r"\b(?:kick|kicks|kicked|kicking) out\b", "expel"),
    (r"\b(?:vote|votes|voted|voting) in\b(?! favou?r)", "elect"),
    (r"\b(?:bow|bows|bowed|bowing) out\b", "retire"),
    # "when did old Fergie finally get pensioned off?": the tractor was retired
    (r"\bpension(?:s|ed|ing)? (?:(?:him|her|it|them) )?off\b", "retire"),
    (r"\b(?:hand|hands|handed|handing) in (?:his|her|their) notice\b", "resign"),
    (
        r"\b(?:take|takes|took|taken|taking|assume|assumes|assumed|assuming) "
        r"(?:the reins\b(?! from)|over the reins\b(?! from))|"
        r"\b(?:head|heads|headed|heading) up\b",
        "lead",
    ),
    (r"\b(?:buy|buys|bought|buying) out\b", "buyout"),
    (
        r"\b(?:do|does|did|done|doing) up\b|"
        # ("do the place up", but not "did the Hartwells sell up")
        r"\b(?:do|does|did|done|doing) (?:the|our|its|their) (?:old )?(?:place|house|hall|shop|"
        r"building|interior|inside|kitchen|clubhouse|room|rooms|bar|cafe|café|pub|premises|"
        r"studio|office|pavilion|restaurant|dining room|station|box|cabin|hut|barn) up\b|"
        r"\b(?:spruce|spruces|spruced|sprucing) up\b",
        "renovate",
    ),
    # "when did the old projector give up the ghost?": it broke down for good
    (r"\b(?:give|gives|gave|given|giving) up the ghost\b", "breakdown permanently"),
    (r"\b(?:break|breaks|broke|broken|breaking) down\b", "breakdown"),
    # "when did our boat go kaput?"; "the engine of the trip boat seized": it broke down
    (r"\b(?:go|goes|went|gone|going) kaput\b", "breakdown"),
    (
        r"\b(engine|motor|pump|gearbox|bearings?)((?: (?!police\b|bailiffs?\b)[\w'-]+){0,5}?) "
        r"(?:seized|seizes|seize)(?: up)?\b",
        r"\1\2 breakdown",
    ),
    # "the engine packed up", "conked out": it broke down (not "packed up and left", "packed
    # up the shop")
    (
        r"\b(?:pack|packs|packed|packing) up\b(?! (?:and|the|their|its|his|her|our|everything)\b)"
        r"|\bconk(?:s|ed|ing)? out\b",
        "breakdown",
    ),
    # ... but "Ron packed up his fish stall": he closed it
    (r"\b(?:pack|packs|packed|packing) up(?= (?:his|her|their|the|its|our) )", "close"),
    (r"\b(?:pull|pulls|pulled|pulling) down\b", "demolish"),
    (r"\b(?:pass|passes|passed|passing) away\b", "died"),
    # "when did the old guv'nor pop his clogs?", "kick the bucket", "snuff it": die
    (
        r"\b(?:pop|pops|popped|popping) (?:his|her|their) clogs\b|"
        r"\b(?:kick|kicks|kicked|kicking) the bucket\b|\b(?:snuff|snuffs|snuffed) it\b",
        "died",
    ),
    # "when did we christen one of the locos after the founder?": named it after him
    (r"\bchristen(?:s|ed|ing)?\b(?=(?: [\w'-]+){1,4} after\b)", "named"),
    # "a do for a bride and groom": a wedding
    (r"\bbride and (?:the )?groom\b|\bnewly-?weds\b", "wedding"),
    # "the glass bit tacked on the side": an extension, added
    (r"\b(?:tack|tacks|tacked|tacking) on(?:to)?\b", "added"),
    # "not only coins and notes": cash
    (r"\bcoins? (?:and|or|&) (?:bank ?)?notes\b|\b(?:bank ?)?notes (?:and|or|&) coins?\b", "cash"),
    # "the club gave up its moorings at Tanyard Basin": abandoned them
    # ... and "gave up on the Notts shop" (not "gave up on the tram idea": rejected it)
    (
        r"\b(?:give|gives|gave|given|giving) up(?: on(?! (?:the |that |this |an? )?"
        r"(?:[\w-]+ )?(?:idea|plan|notion|dream|hope|scheme|proposal)s?\b))?\b"
        r"(?! on\b)",
        "abandon",
    ),
    # "a building of our own": premises owned ("premises of its own for the first time", "the
    # first band room it owned")
    (r"\bof (?:our|its|their|his|her|my|your) (?:very )?own\b", "owned"),
    # "when did we knock back the developer?": turned them down
    (r"\b(?:knock|knocks|knocked|knocking) (?:back|it back|them back)\b", "reject"),
    # "when did we lock everything up for the pandemic?": close (not "locked up" in jail)
    (r"\b(?:lock|locks|locked|locking) (?:everything|it all|the place|the \w+) up\b", "close"),
    # "where did the club first get together?": where it first met
    (r"\b(?:get|gets|got|getting) together\b", "meet"),
    # "when did we go non-profit": became a charity (a "not-for-profit company" is one too)
    (r"\bnon[- ]profit\b|\bnot[- ]for[- ]profit\b", "nonprofit"),
    # "when did we go full battery on every bike?": all electric
    (r"\b(?:go|goes|went|going|gone) (?:full|all)[- ](?:battery|electric)\b", "electric"),
    # "the van that goes on battery, no more petrol": the electric van
    (
        r"\b(?:run|runs|ran|running|go|goes|went|going) on batter(?:y|ies)\b|"
        r"\bbattery[- ](?:powered|driven|operated)\b",
        "electric",
    ),
    # "when did we go for the plug-in lorry?": an electric one
    (
        r"\bplug[- ]?in(?= (?:hybrids?|lorry|lorries|vans?|cars?|bus|buses|trucks?|vehicles?))",
        "electric",
    ),
    # "blind cricket": "visually impaired cricket", "for partially sighted players"
    (r"\bvisually[- ]impaired\b|\b(?:partially|partly)[- ]sighted\b", "blind"),
    (r"\bhearing[- ]impaired\b|\bhard of hearing\b", "deaf"),
    # "the greater part of the business": the majority of it
    (r"\bthe (?:greater|larger|bigger|lion's) (?:part|share) of\b|\bthe bulk of\b", "majority"),
    # "when did Hartwell go under and leave us out of pocket?": owing us money
    (r"\b(?:leave|leaves|left|leaving) (?:us|them|him|her|the \w+) out of pocket\b", "owe"),
    # "in the months before old Mr Kettle's passing": his death
    (r"(?:(?<='s )|(?<=\bhis )|(?<=\bher )|(?<=\btheir ))passing\b", "death"),
    # "when did we pull the old crossflow out?", "the turbine was lifted out of the pit":
    # it was removed (not "pulled out of the deal": withdrew, below)
    (
        r"\b(?:lift|lifts|lifted|lifting|rip|rips|ripped|ripping|tear|tears|tore|torn|tearing)"
        r" out\b",
        "removed",
    ),
    # "twelve-year-old Lucy Harte found ...": a child (asked "did a kid once find ...")
    (
        r"\b(?:(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]old)\b",
        "child",
    ),
    # (what was pulled out stays: "did a kid pull a penny black out of the box")
    (
        r"\b(?:pull|pulls|pulled|pulling|lift|lifts|lifted|lifting|rip|rips|ripped|"
        r"ripping|tear|tears|tore|torn|tearing) ((?:the|our|its|their|that|an?|his|her) "
        r"(?:[\w'-]+ ){0,3}?)out\b(?! (?:to|for|on|with|in)\b)",
        r"removed \1",
    ),
    # Phrasal verbs people ask with, read as the event their facts name
    (r"\b(?:stand|stands|stood|standing) down\b", "stepdown"),
    (r"\b(?:back|backs|backed|backing) out\b", "withdraw"),
    # "when did Marlowe's pull out (on us)?": withdrew
    (r"\bpull(?:s|ed|ing)? out(?=\W*$| on (?:us|them|the \w+)\b)", "withdraw"),
    # "when did we start making our own electricity?": solar panels, a turbine on the roof
    (
        r"\b(?:make|makes|making|made|generate|generates|generating|generated|produce|"
        r"produces|producing|produced) (?:its|our|their|his|her) own (?:electricity|power)\b",
        "ownpower",
    ),
    # "when did we drop out of the top league?": relegated from it
    (
        r"\b(?:drop|drops|dropped|dropping|fall|falls|fell|fallen|falling|go|goes|went|gone|"
        r"going) (?:out of|down from) (?:the )?(?:top |premier |first |highest )?"
        r"(?=(?:[\w'-]+ )?(?:league|division|flight|tier)\b)",
        "relegated from ",
    ),
    # "when did we go up to the championship section?": promoted to it
    (
        r"\b(?:go|goes|went|gone|going|move|moves|moved|moving) up (?:to|into) (?:the )?"
        r"(?=(?:[\w'-]+ ){0,2}?(?:league|division|flight|tier|section|grade)\b)",
        "promoted to ",
    ),
    (r"\b(?:drop|drops|dropped|dropping) out of\b", "withdraw from"),
    (r"\b(?:put|puts|putting) off\b", "postpone"),
    (r"\b(?:go|goes|went|gone|going) (?:under|belly[- ]up)\b(?! ?water\b)", "bust"),
    (r"\b(?:branch|branches|branched|branching) out\b", "expand"),
    (r"\b(?:scale|scales|scaled|scaling|cut|cuts|cutting) back\b", "reduce"),
    (r"\b(?:team|teams|teamed|teaming|tie|ties|tied|tying) up with\b", "partner with"),
    (r"\b(?:join|joins|joined|joining) forces with\b", "partner with"),
    (r"\b(?:fizzle|fizzles|fizzled|fizzling|peter|peters|petered|petering) out\b", "end"),
    (r"\b(?:get|gets|got|getting) (?:off the ground|underway|under way)\b", "start"),
    (r"\b(?:get|gets|got|getting|give|gives|gave|given) the (?:boot|sack|chop)\b", "sack"),
    (r"\b(?:came|come|comes|coming) into (?:being|existence)\b", "founded"),
    # "when did we stop coming into the office?": we went remote
    (
        r"\b(?:stop|stops|stopped|stopping) (?:coming|going) (?:in ?to|in to|to|in at) "
        r"(?:the|our) office\b",
        "workfromhome",
    ),
    # "when did Halden come back as our engine partner?", "switch back to orange shirts"
    (r"\b(?:come|comes|came|coming) back\b", "return"),
    (r"\b(?:switch|switches|switched|switching|go|goes|went|going) back to\b", "return to"),
    # "when did we bring back sunday opening?": it came back
    (r"\b(?:bring|brings|brought|bringing) back\b(?! (?:in|then|when|from)\b)", "return"),
    # "when did we stop taking cash?": went cashless
    (
        r"\b(?:stop|stops|stopped|stopping) (?:taking|accepting|handling) (?:cash|coins|notes)\b"
        r"|\b(?:go|goes|went|going|gone) cashless\b",
        "cashless",
    ),
    # "when did they pull the antibiotic paper?": withdrew it
    (
        r"\b(?:pull|pulls|pulled|pulling) (?:the|our|its|their|that) (?:[\w'-]+ ){0,2}?"
        r"(?:paper|article|report|study|app|product|advert|ad|book|single|album|episode|show)\b",
        "withdraw",
    ),
    (r"\b(?:sell|sells|sold|selling) (?:up|off)\b", "sold"),
    # "when did the hall open its doors again?": it reopened
    (
        r"\b(?:open|opens|opened|opening) (?:its|their|the|our) doors (?:again|once more)\b",
        "reopen",
    ),
    # "when did the show first run over the whole weekend?": over two days (a Saturday and a
    # Sunday, 48 hours)
    (
        r"\b(?:(?:over|across|for|last|lasts|lasted|the) )?(?:the |a )?(?:whole|full|entire) "
        r"weekend\b|\btwo(?:-| )days?\b|\b2(?:-| )days?\b|\b48(?:-| )hours?\b"
        r"|\bsaturday and (?:the )?sunday\b",
        "twoday",
    ),
    # "when did we scoop the regional award?", "bag the league title": won it
    (
        r"\b(?:scoop|scoops|scooped|scooping|bag|bags|bagged|bagging|pick(?:s|ed|ing)? up|"
        r"t(?:ake|akes|ook|aking) home|walk(?:s|ed|ing)? off with|land|lands|landed|landing)"
        r"(?= (?:[\w'-]+ ){0,4}?(?:awards?|prizes?|titles?|troph(?:y|ies)|medals?|cups?|golds?|"
        r"contracts?|tenders?)\b)",
        "won",
    ),
    (r"\b(?:part|parts|parted|parting) (?:ways|company)\b", "split"),
    (r"\b(?:get|gets|got|getting|give|gives|gave|given) the nod\b", "approve"),
    (r"\b(?:poach|poached|poaching|headhunt|headhunted|headhunting)\b", "hire"),
    (r"\b(?:bring|brings|brought|bringing) (?:[\w'-]+ ){0,3}?on board\b", "hire"),
    # "when did our boat die on us?": it broke down
    (
        r"\b(?:die|dies|died|dying|give|gave|given|giving) (?:up )?on (?:us|them|me|him|her)\b",
        "breakdown",
    ),
    # "when did we say no to the drinks company's cash?": turned it down
    (r"\b(?:say|says|said|saying) no (?:thanks |thank you )?to\b", "turndown"),
    # "when did we open back up after lockdown?": reopened
    (r"\b(?:open|opens|opened|opening) (?:back up|up again|again)\b", "reopen"),
    # "when did he smash the record?": broke it
    (
        r"\b(?:smash|smashes|smashed|smashing|shatter|shatters|shattered|shattering)"
        r"(?= (?:the|a|our|their|his|her|its) (?:[\w'-]+ ){0,2}records?\b)",
        "broke",
    ),
    # "when did someone nick our grass cutter?": the mower; "some light-fingered lot": thieves;
    # "when did folk have to stop lighting up in the cellar?": smoking
    (r"\bgrass[- ]?(?:cutters?|cutting machines?)\b", "mower"),
    (r"\blawn[- ]?mowers?\b", "mower"),
    # ... and "a visitor with sticky fingers"
    (r"\blight[- ]fingered\b|\bsticky[- ]fingere?d?s?\b", "thieves"),
    (
        r"\b(?:stop|stopped|stopping|no|ban on|banned from|allowed|could|couldn't) "
        r"(?:\w+ )?(?:lighting|light) up\b(?! (?:the|a|an|our|their|its|his|her)\b)",
        "smoking",
    ),
    # "when did we get the balcony back in action?": it reopened
    (r"\bback in (?:action|use|service|operation|business)\b", "reopen"),
    # "when did we shell out for the old chapel?": bought it
    (r"\b(?:shell|shells|shelled|shelling|fork|forks|forked|forking) out for\b", "buy"),
    # "when did we start doing climbs in the dark?": at night
    (r"\bin the dark\b|\bafter dark\b", "at night"),
    (r"\b(?:break|breaks|broke|broken|breaking) ground\b", "build"),
    # "when did someone break in?", "the break-in at the store": a burglary (not "a break in
    # play")
    (
        r"\bbreak-ins?\b|\b(?:broke|broken|breaking) in(?:to)?\b|\bbreak into\b|"
        r"\bbreak in\b(?=\s*(?:[?.!,;]|and\b|$))",
        "burglary",
    ),
    (r"\b(?:put|puts|putting) on hold\b", "suspend"),
    (r"\bgreen[- ]?(?:light|lit|lighted)\b", "approve"),
    (r"\b(?:take|takes|took|taken|taking) (?:\w+ )?to court\b", "sue"),
    (r"\b(?:set|sets|setting) fire to\b", "burn"),
    (r"\b(?:burst|bursts|bursting) its banks\b", "flood"),
    # "we once had water up to our knees in the old place", "knee-deep in water": a flood
    (
        r"\bwater (?:up to|up past|over|above) (?:our|their|my|his|her|your|the|people's) "
        r"(?:knees|waists?|ankles|shins|wellies|wellingtons)\b|"
        r"\b(?:knee|waist|ankle)[- ]deep (?:in )?(?:water|floodwater)\b",
        "flood",
    ),
    # "when was the clubhouse knee-deep after days of rain?": flooded
    (r"\b(?:knee|waist|ankle)[- ]deep\b(?! in (?!water\b|floodwater\b))", "flooded"),
    # "who was the first lass to row passengers?", "when were the lasses let in?": women
    # (but "the Carrow Lass" is a boat)
    (r"\b(first|only|youngest|oldest) lass\b", r"\1 woman"),
    (r"\blasses\b", "women"),
    # "when did we have the big whip-round for a boat?": a fundraiser
    (r"\bwhip[- ]?rounds?\b", "fundraiser"),
    # "when could people first wheel their bikes onto the boats?": bring them
    (r"\bwheel(?:s|ed|ing)?(?= (?:their|his|her|our|your|my|the|a) )", "bring"),
    # "when did the Dimmocks get their hands on the place?": they bought it
    (r"\b(?:get|gets|got|getting|gotten) (?:their|his|her|its|our|my) (?:hands|mitts) on\b", "buy"),
    # "when did the arcade take a battering in the storm?": it was damaged
    (
        r"\b(?:take|takes|took|taken|taking|get|gets|got|getting) (?:a |such a |a real |a right |"
        r"a proper )?(?:battering|hammering|pounding|bashing)\b",
        "damaged",
    ),
    # "when did we take the whole instrument to bits?", "just before they took the organ
    # apart": dismantled it
    (
        r"\b(?:take|takes|took|taken|taking|pull|pulls|pulled|pulling) ((?:[\w'-]+ ){0,3}?)"
        r"(?:to bits|to pieces|apart)\b",
        r"dismantle \1",
    ),
    # "lads from the nick": from prison (but "nick the cashbox" is stealing it)
    (r"\b(from|in|out of|into|inside) the (?:nick|clink|slammer|jail)\b", r"\1 prison"),
    # "to muck in": to work alongside, as volunteers do
    (r"\bmuck(?:s|ed|ing)? in\b", "volunteer"),
    # "the day-after-Christmas hike": the Boxing Day walk
    (r"\bday[- ]after[- ](?:christmas|xmas)(?: day)?\b", "boxing day"),
    # "when did the fare go up for grown-ups?": for adults
    (r"\bgrown[- ]?ups?\b", "adults"),
    # "when did the Osprey go to Davy Jones' locker?": she sank
    (r"\b(?:go|goes|went|gone|going|sent|send) to davy jones'?s?'? locker\b", "sank"),
    # "when did we get the old girl up off the bottom?": raised her
    (
        r"\b(?:get|gets|got|getting|bring|brought|pull|pulled|haul|hauled|lift|lifted)"
        r"((?: [\w'-]+){1,3}?) (?:up )?(?:off|from) the (?:bottom|seabed|riverbed|river bed)\b",
        r"raised\1",
    ),
    # "when did the engine fry itself?": it burned out
    (r"\b(?:fry|fries|fried|frying) (?=itself\b|themselves\b)", "burn out "),
    # "when did the storm blow the top off the boat shed?": tore the roof off
    (
        r"\b(?:blow|blows|blew|blown|blowing|take|takes|took|taken|taking) (?:the |its |their )?"
        r"(?:top|roof|lid) off\b",
        "tore the roof off",
    ),
    # "when the landing stage gave way under the crowd": it collapsed (not "gave way to")
    (r"\b(?:give|gives|gave|given|giving) way\b(?! to\b)", "collapse"),
    (r"\b(?:buckle|buckles|buckled|buckling)\b(?! (?:down|up|under)\b)", "collapse"),
    (r"\bin(?:to)? the drink\b", "into the water"),
    (r"\bin(?:to)? the briny\b", "into the sea"),
    # "a load of our one-armed bandits": slot machines
    (r"\bone[- ]armed bandits?\b", "slot machines"),
    # "how long were we locked out during the pandemic?": closed
    (r"\b(?:locked|shut) out\b", "closed"),
    # "the lake turned into an ice rink", "iced over": it froze
    (
        r"\b(?:turn|turns|turned|turning) into (?:an? |one big )?(?:ice|skating) rink\b|"
        r"\b(?:ice|ices|iced|icing) over\b",
        "froze",
    ),
    # "when did some lowlifes clean us out and make off with the prizewinner?", "somebody
    # helped themselves to our slipper orchids": theft
    (
        r"\b(?:clean|cleans|cleaned|cleaning) (?:us|them|the place|the lot|everything) out\b|"
        r"\b(?:make|makes|made|making) off with\b|"
        r"\b(?:help|helps|helped|helping) (?:themselves|himself|herself|themself) to\b",
        "stole",
    ),
    # "when did some toerag pinch our inflatable?": someone did (a thief or a vandal)
    (
        r"\b(?:some|a|an|the|a bunch of|a gang of) (?:toerags?|scumbags?|lowlifes?|scrotes?|"
        r"low-lifes?)\b",
        "someone",
    ),
    # "when did yobs put the greenhouse windows in?": smashed them
    (
        r"\b(?:put|puts|putting) (?:the |our |all the |its |their )?(?:[\w'-]+ )?"
        r"(?:windows|panes|glass) in\b",
        "smashed windows",
    ),
    (r"\bbonfire night\b", "guy fawkes night"),
    (r"\blocal (?:authority|authorities|council)\b", "council"),
    # "the big blow in '86": a gale
    (r"\b(?:big|great|huge|terrible) blow\b", "gale"),
    # "when the greenhouse got turned into a paddling pool", "the car park became a lake"
    (
        r"\b(?:turn|turns|turned|turning) into (?:an? |one big )?(?:paddling pool|swimming pool|"
        r"lake|pond|river|swamp)\b",
        "flooded",
    ),
    # "when did the county crown us the best club around?": named us its club of the year
    (r"\b(?:crown|crowns|crowned|crowning)(?= (?:us|them|it|him|her|our [\w'-]+) )", "named"),
    (
        r"\bthe best ([a-z]+) (?:around|going|in the (?:county|region|area|country|land))\b",
        r"\1 of the year",
    ),
    # "who grew the record-breaking onion?": the record
    (r"\brecord[- ](?:breaking|setting|beating)\b", "record"),
    (r"\bpower cuts?\b", "powercut"),
    # "when did the lights go out at the cattle market?": a power cut (not the lights)
    (r"\b(?:the )?lights (?:go|goes|went|gone|going) out\b", "powercut"),
    (r"\b(?:lose|loses|lost|losing) (?:the |our |all )?power\b", "powercut"),
    # "how many punters did we take out in our best year ever?": the busiest season ever
    (r"\b(?:our|the|its|their) best (?:year|season|summer|month)s? (?:ever|on record)\b", "peak"),
    # "how many hives did we have at our biggest?": "it reached its largest size"
    (
        r"\ball[- ]time high\b|\bat (?:our|its|their) (?:biggest|largest|height)\b|"
        r"\b(?:our|its|their) (?:biggest|largest) (?:size|ever)\b",
        "peak",
    ),
    # "42 people, the most it has ever had on the payroll" (not a question's "the biggest
    # call-out we've ever had", which names the call-out)
    (
        r"\bthe most (?:(?:it|we|they|the \w+) )?(?:has|have|had|'ve) ever\b|"
        r"\bthe (?:most|largest|biggest|highest) [\w-]+ (?:it|we|they) (?:has|have|had|'ve) ever\b",
        "peak",
    ),
    (r"\bhead offices?\b", "headquarters"),
    (r"\b(?:a )?quarter of an hour\b", "15 minutes"),
    (r"\b(?:a )?half an hour\b|\bhalf(?:-| an )hour\b", "30 minutes"),
    (r"\brush[- ]hours?\b", "peak"),
    (r"\blanding stages?\b", "pier"),
    (r"\b(?:our|their|its|the team's|the club's) patch\b", "area"),  # "when did our patch grow"
    # "Eleanor Pryce served as its managing director until March 2009": then she stepped down
    (r"\bserved (?:as )?(?:[\w'-]+ ){1,4}?until\b", "stepdown"),
    # "when did the village decide to fight for the pub": it voted to campaign for it
    (r"\b(?:fight|fights|fought|fighting) (?:for|to save|to keep)\b", "campaign"),
    (r"\b(?:vote|votes|voted|voting) to\b", "decide"),
    # "when did the pub start trading again": it reopened
    (r"\b(?:(?:start|started|starts|starting|began|begin) )?trading again\b", "reopen"),
    # "when were we back in our own hall after the fire?": it reopened to us
    (
        r"\b(?:were|was|are|is|be|been|get|got|getting)(?: we| they| it)? back in "
        r"(?:our|the|its|their)\b",
        "reopen",
    ),
    # "when were we finally out of the red with the bank?": the loan paid off
    (r"\bout of the red\b", "repay loan"),
    # "when did the girls get their hands on a county cup?", "when did we bag our first
    # senior county?": won it (a cup, not "get our hands on a minibus"; a bag is no win)
    (
        r"\b(?:get|gets|got|getting) (?:their|our|his|her|my|its) hands on (?=(?:an? |the )?"
        r"(?:[\w'-]+ ){0,3}?(?:cups?|trophy|trophies|titles?|shields?|medals?|awards?|prizes?|"
        r"championships?|plates?|pennants?)\b)",
        "win ",
    ),
    # "the club took the Henshaw Cup for a second time": won it
    (
        r"\b(?:take|takes|took|taken|taking) (?=(?:the |a |an |our |their |its |his |her )"
        r"(?:[\w'-]+ ){0,3}?(?:cup|trophy|shield|title|championship|pennant)s?\b)",
        "won ",
    ),
    (r"\b(we|they|he|she|it)( finally| eventually| ever)? bag\b(?! up)", r"\1\2 win"),
    (r"\bbagg(?:ed|ing)\b(?= (?:a|an|the|our|their|his|her|its|first|another)\b)", "won"),
    # "when did we clear the debt": paid off the loan
    (
        r"\b(?:clear|clears|cleared|clearing) (?:the |our |its |their |all )?"
        r"(?:debts?|loans?|mortgage)\b",
        "repay loan",
    ),
    # "when did we stop meeting in person": when the meetings went online
    (
        r"\b(?:stop|stops|stopped|stopping) (\w+ing) (?:in person|face[- ]to[- ]face)\b",
        r"\1 online",
    ),
    # "Castlegate sold the circuit in 2011 to Vantor": Vantor bought it
    (
        r"\bsold\b(?= (?:[\w'-]+ ){1,6}?to (?!be\b|help\b|fund\b|pay\b)[a-z])",
        r"\g<0> buy",
    ),
    # "when did we first sell shares", "when could locals buy shares": a share offer
    (
        r"\b(?:sell|sells|sold|selling|buy|buys|bought|buying|issue|issued|issuing) "
        r"(?:(?:community|new|more|its|our|their) )?shares\b",
        "share offer",
    ),
    # "when did we start selling online": the online shop
    (r"\b(?:sell|sells|sold|selling) (?:[\w'-]+ ){0,2}?online\b", "online shop"),
    # "when did the staff end up owning it": when they came to own it
    (r"\b(?:end|ends|ended|ending) up(?= \w+ing\b)", "then"),
    # "a stadium with room for 4,000 spectators": its capacity
    (
        r"\b(?:room|seating|seats|space) for(?= (?:up to |about |around |over |nearly |almost )?"
        r"\d)",
        "capacity",
    ),
    # "Since early 1988 the team has trained every Wednesday": it started then
    (
        r"^since(?= (?:early |late |mid-?)?(?:\d{4}|january|february|march|april|may|june|july"
        r"|august|september|october|november|december)\b)",
        "start",
    ),
    # "a sponsored walk raised £3,200": a fundraiser
    (
        r"\b(?:raise|raises|raised|raising)(?= (?:about |around |some |over |nearly |almost )?"
        r"(?:pounds|dollars|euros) \d)",
        "fundraiser",
    ),
    (r"\bfrom the estate of\b", "bequest"),  # "received £1.1 million from the estate of ..."
    # "when did a bunch of members ...": some of them
    (r"\b(?:a )?(?:bunch|load|lot|handful|couple) of\b|\b(?:loads|lots) of\b", "some"),
    # "their coaching badges": the qualifications
    (
        r"\b(coaching|refereeing|referee|umpiring|umpire|instructor|instructing) badges?\b",
        r"\1 qualify",
    ),
    (r"\bcar parks?\b", "carpark"),
    (r"\bopen[- ]source\b", "opensource"),
    (r"\bhead teachers?\b", "headteacher"),
    (r"\bformer (?:pupils|students)\b", "alumni"),
    (r"\b(?:left|leave|leaves|leaving) (?:[\w'-]+ ){0,6}?in (?:his|her|their) will\b", "bequest"),
    (r"\bin the red\b", "deficit"),
    (r"\b(?:foot|foots|footed|footing) the bill\b", "fund"),
    # "what was the grant spent on": what it paid for
    (r"\b(?:spend|spends|spent|spending) on\b", "pay"),
    (r"\b(?:hit|hits|hitting) the shelves\b", "release"),
    (r"\b(?:make|makes|made|making) (?:it |them )?(?:bigger|larger)\b", "enlarge"),
    (
        r"\b(?:get|gets|got|getting|grow|grows|grew|growing) (?:a lot |much )?(?:bigger|larger)\b",
        "expand",
    ),
    (
        r"\bevery (?:two|2|other) weeks?\b|\balternate[- ]week(?:ly|s)?\b|\bbi-?weekly\b",
        "fortnightly",
    ),
    (r"\bboat ?sheds?\b", "boathouse"),
    (r"\b(?:tie|ties|tied|tying) the knot\b", "marry"),
    (r"\b(?:give|gives|gave|given|giving) (?:\w+ )?the boot\b", "sack"),
    (r"\b(?:chip|chips|chipped|chipping) in\b", "donate"),
    # "since when have we been handing cash over to the lifeboat lot?": donating to them
    (
        r"\b(?:hand|hands|handed|handing|give|gives|gave|giving) (?:over )?(?:the )?(?:cash|money|"
        r"takings|proceeds)(?: over)? to\b",
        "donate to",
    ),
    (
        # (but "stop charging per user" is another way of charging)
        r"\b(?:stop|stops|stopped|stopping) charging(?= (?:people|visitors|members|for entry|"
        r"for admission|admission|entry|to get in)\b)|\bfree of charge\b|\bat no (?:cost|charge)\b|"
        # "when did kids start getting in for nothing"
        r"\b(?:get|gets|got|getting|go|goes|went|going|let) in for nothing\b|"
        r"\b(?:enter|enters|entered|entering|join|joins|joined|joining|play|plays|played|"
        r"playing|swim|swims|swam|swimming) for (?:nothing|free)\b",
        "free",
    ),
    (r"\b(?:do|does|did|done|doing) away with\b", "abolish"),
    (r"\b(?:phase|phases|phased|phasing) in\b", "introduce"),
    (
        r"\b(?:throw|throws|threw|thrown|throwing) out\b|\b(?:vote|votes|voted|voting) down\b",
        "reject",
    ),
    (r"\b(?:the|a) go[- ]ahead\b|\bwave[ds]? through\b", "approve"),
    (r"\b(?:fix|fixes|fixed|fixing) up\b", "restore"),  # "the jack got fixed up": restored
    (r"\b(?:binned|binning)\b", "scrapped"),  # "when did the old van get binned?" (not grit bins)
    # "when did we go ltd?": became a limited company
    (r"\b(?:go|goes|went|gone|going|became|become|becomes) (?:ltd|limited)\b", "limited company"),
    # "that hot summer", "that scorching dry summer": a heatwave; "that dry summer": a drought
    (r"\b(?:hot|scorching|baking|sweltering)(?: dry)? (?=summer\b)", "heatwave "),
    (r"\bdry (?=summer\b)", "drought "),
    (r"\btap(?:ped|ping)?[- ](?:to|and|n)[- ]pay\b", "contactless"),  # "tap to pay for tickets"
    (r"\b(?:telephone|phone|mobile|smartphone) application\b", "phone app"),  # a phone's app
    # "when did we stop making the blue?": it was discontinued
    (
        r"\b(?:stop|stops|stopped|stopping) (?:making|selling|producing|brewing|stocking)"
        r"(?= (?:the|our|its|their) )",
        "discontinued",
    ),
    (r"\b(?:open|opens|opened|opening) (?:its|their|our) doors\b", "open"),
    (r"\b(?:close|closes|closed|closing) (?:its|their|our) doors\b", "close"),
    (r"\b(?:snap|snaps|snapped|snapping) up\b", "buy"),
    (r"\bup(?:ped)? sticks\b", "relocate"),
    # "who owns the shop now?": who its owner is ("became sole owner of Lantern & Anchor")
    (r"^who (?:owns|owned)\b", "who owner"),
    # "when did we get out of ruth's kitchen?": left it ("soap-making moved out of Ruth's
    # kitchen", "the studio left the Shire Hall basement")
    (r"\b(?:get|gets|got|getting|move|moves|moved|moving) (?:out of|from)\b", "leave"),
    # "where did production go when we outgrew the garage?": when it left the garage
    (r"\b(?:outgrew|outgrow|outgrows|outgrown|outgrowing)\b", "leave"),
    (r"\b(?:step|steps|stepped|stepping) into (?:\w+ )?shoes\b", "succeed"),
    (r"\b(?:fill|fills|filled|filling) in for\b", "acting"),
    (r"\b(?:go|goes|went|gone|going) on (?:the )?air\b", "broadcast"),
    (
        r"\b(?:splash|splashes|splashed|splashing|fork|forks|forked|forking|shell|shells|"
        r"shelled|shelling) out\b",
        "spend",
    ),
    # Phrasal verbs the stemmer cannot see through, each as the word it means
    (r"\bphas(?:e|es|ed|ing) out\b", "retire"),
    (r"\b(?:pull|pulls|pulled|pulling) the plug(?: on)?\b", "cancel"),
    # "when were we shut for that livestock disease outbreak?": foot-and-mouth, the one
    # community histories tell of (2001, 1967)
    (
        r"\bfoot[- ]and[- ]mouth(?: disease)?\b|\bfmd\b|\b(?:cattle|livestock|animal|sheep|farm) "
        r"(?:disease|plague|virus|epidemic|outbreak)s?(?: (?:scare|outbreak|crisis|epidemic))?\b",
        "footandmouth",
    ),
    # "there was one year the run didn't go ahead", "the lights went out one year": once, in
    # a year the asker does not know (not "for one year", "one year later", a one-year lease)
    (
        r"(?<!\bfor )(?<!\bin )(?<!\bjust )(?<!\bthan )(?<!\bwithin )(?<!\bonly )(?<!\bof )"
        r"\bone (?:year|summer|winter|spring|autumn)\b(?![- ](?:later|after|before|on|of|lease|"
        r"contract|old|olds|ago|deal|trial|pilot|long|term|anniversary|membership|pass|"
        r"subscription|loan|grant|extension|early|late|running)\b)",
        "once",
    ),
    # "the bloke who ran the pub", "that lady who did the teas": someone, said no more of
    (
        r"\b(?:the|a|that|this) (?:bloke|guy|chap|fella|feller|geezer|lad|lass|lady|gent|"
        r"gentleman|woman|man|person|fellow) (?=who\b)",
        "someone ",
    ),
    # "when did the bloke who ran the pub take over the committee?": the landlord
    (
        r"\b(?:who (?:ran|runs|kept|keeps|had|owned|owns)|running|ran|runs) (?:the|our) "
        r"(?:pub|inn|local|boozer)\b",
        "landlord",
    ),
    # "the whole stock of old bits we kept down there": old parts (but "the 'working men's'
    # bit of our name" is a part of no machine)
    (r"\b(old|spare|engine|bike|car|motorbike|motorcycle|machine) bits\b", r"\1 parts"),
    # "everyone was pulling pints in the dark": serving at the bar
    (r"\b(?:pull|pulls|pulled|pulling) (?:the )?pints\b", "serving pints"),
    # "when did the disease scare put paid to the fete?": it was called off
    (r"\b(?:put|puts|putting) paid to\b", "cancel"),
    # "the year the run didn't go ahead": it was cancelled
    (r"\b(?:didn't|didnt|did not|never|wasn't|was not|couldn't|could not) go ahead\b", "cancel"),
    # "covid wiped out the season", "the frost wiped out the blossom": cancelled or destroyed
    (r"\b(?:wipe|wipes|wiped|wiping) (?:us |them |it )?out\b", "wipeout"),
    (r"\b(?:start|starts|started|starting) out\b", "founded"),
    # "who started it?", "who started the distillery?" (not "who started the Saturday bread
    # classes?": things that run, each time); "who actually set this place up?" (by now
    # "setup this place": a particle after its object is put back beside its verb)
    (
        r"^who (?:actually |originally |first |really )?"
        r"(?:started|set up|setup(?= (?:this|it|us)\b))\b(?! as\b| out\b| at\b| in\b| on\b"
        r"| with\b|(?: [\w'-]+){0,3}? (?:classes|sessions|lessons|walks|tours|nights|courses)\b)",
        "who founded",
    ),
    (r"\b(?:put|puts|putting) out\b(?! (?:the |a )?(?:fire|blaze|flames)\b)", "release"),
    # "when did we first put the app out on android": released it
    (
        r"\b(?:put|puts|putting) ((?:the|our|its|a|an) (?:[\w'-]+ ){0,2}?[\w'-]+) out\b"
        r"(?<!\bfire out)(?<!\bblaze out)(?<!\bflames out)",
        r"release \1",
    ),
    # "when did harrowbike get e-bikes?": electric bikes (and e-scooters, e-cargo bikes)
    (r"\be-(?=(?:bikes?|scooters?|cargo|trikes?|vans?|buses|bus)\b)", "electric "),
    # "when did the insurers finally cough up?": they paid
    (r"\b(?:cough|coughs|coughed|coughing) up\b", "pay"),
    # "when did we pull out of interflora": we left it
    (r"\b(?:pull|pulls|pulled|pulling) out of\b", "leave"),
    # "when did we go over to LEDs?": switched to them
    (r"\b(?:go|goes|went|gone|going) over to\b", "switch to"),
    # "who started the society?": who founded it; "where was the guild started?" too
    (
        r"\b(?:start|starts|started|starting) (?:the|our|this|a|an) (" + BODIES + r")\b",
        r"founded \1",
    ),
    (
        r"\b(was|were) ((?:the|our|this) (?:"
        + BODIES
        + r")) (?:first )?(?:started|set up|setup)\b",
        r"\1 \2 founded",
    ),
    # "the Comets team for athletes with disabilities was launched": a body founded
    (
        r"\b(?:" + BODIES + r")\b(?: [\w'-]+){0,6}? (?:was|were) (?:first )?launched\b"
        r"|\blaunch(?:ed|es|ing)? (?:the|our|a|an|its|their) (?:new )?(?:" + BODIES + r")\b",
        "founded",
    ),
    (
        r"\b(?:split|splits|splitting|break|breaks|broke|breaking) (?:off|away)\b|\bbreakaway\b"
        r"|\b(?:spin|spins|spun|spinning) off\b|\bspin-?offs?\b",
        "splitoff",
    ),
    (r"\b(?:bring|brings|brought|bringing) in\b", "introduce"),
    (r"\b(?:pay|pays|paid|paying) (?:off|back)\b", "repay"),
    (r"\b(?:give|gives|gave|given|giving) away\b", "donate"),
    (r"\b(?:hand|hands|handed|handing) out\b", "handout"),
    (r"\b(?:get|gets|got|getting) (?:a )?hold of\b", "acquire"),
    # "when did we start paying someone to run the baths": we hired one; and the role a fact
    # names for who does that ("paying someone to look after the pool": a paid manager)
    (
        r"\b(?:pay|pays|paid|paying) (?:someone|somebody|a person) to (?:run|manage|oversee|"
        r"look after|take care of)\b",
        "hire manager",
    ),
    (
        r"\b(?:pay|pays|paid|paying) (?:someone|somebody|a person) to (?:fix|repair|mend)\b",
        "hire mechanic",
    ),
    (r"\b(?:pay|pays|paid|paying) (?:someone|somebody|a person|people|staff) to\b", "hire"),
    # "the council contracted Sentinel Guarding in March 2004 to patrol the hall": hired them
    (r"\bcontracted\b(?= (?:[\w'-]+ ){1,6}?to [a-z]+)", "hire"),
    # ... as a fact tells it: "took on its first paid coach", "the first salaried mechanic"
    (
        r"(?:(?<=\bfirst )|(?<=\ba )|(?<=\ban )|(?<=\bits )|(?<=\bour )|(?<=\btheir ))"
        r"(?:(?:full|part)[- ]time )?(?:paid|salaried)\b"
        r"(?![- ](?:for|off|back|out|by)\b)",
        "hire",
    ),
    (r"\b(?:pay|pays|paid|paying)(?= (?:a|an) (?:full|part)[- ]time\b)", "hire"),
    # "when did we start paying a manager instead of having tenants": we hired one
    (
        r"\b(?:pay|pays|paying)(?= (?:an? |our |its |their )(?:(?:new|full[- ]time|part[- ]time) )?"
        rf"{_ROLE})",
        "hire",
    ),
    (r"\b(?:switch|switches|switched|switching|change|changes|changed|changing) over\b", "switch"),
    (r"\b(?:call|calls|called|calling) it a day\b|\b(?:shut|shuts) up shop\b", "end"),
    (r"\b(?:get|gets|got|getting) (?:going|started)\b", "start"),
    (r"\b(?:find|finds|found|finding) out\b", "discover"),
    (r"\b(?:dig|digs|dug|digging) (?:up|out)\b", "unearth"),  # "when was the mosaic dug up"
    (r"\b(?:catch|catches|caught|catching) fire\b", "burn"),
    # "when did the old lab end up under water?": flooded (not "an underwater camera")
    (r"\b(?:was|were|went|go|goes|ended up|end up|got|get|been|left) under ?water\b", "flood"),
    # "the time the river came through the warehouse", "when did water get into the boathouse",
    # "the water from the river came inside the cafe": a flood (not "the tide came in")
    (
        r"\b(?:river|sea|beck|stream|brook|water|floodwater)s? (?:from the (?:river|sea|beck|"
        r"stream|brook) )?(?:came|come|comes|coming|got|get|gets|getting|poured|pouring|rushed|"
        r"rushing|burst|flowed|flowing) (?:in|into|inside|through)\b",
        "flood",
    ),
    # "when the place got swamped" (not "swamped with orders")
    (r"\b(?:got|get|gets|was|were|been|getting) swamped\b(?! (?:with|by)\b)", "flooded"),
    # "when did we throw our lot in with the Combine?": joined it
    (r"\b(?:throw|throws|threw|thrown|throwing) (?:our|their|its|his|her) lot in with\b", "joined"),
    # "when did they start throwing those parties for the kids?": holding them
    (
        r"\b(?:throw|throws|threw|thrown|throwing) (?=(?:[\w'-]+ ){0,3}?(?:party|parties|do|dos|"
        r"bash|bashes|ball|balls|dance|dances|dinner|dinners|barbecue|barbecues|bbq)\b)",
        "held ",
    ),
    # "the jumping-out-of-a-plane fundraiser": a skydive
    (
        r"\bjump(?:s|ed|ing)?[- ]out[- ]of[- ](?:an?[- ])?(?:plane|aeroplane|airplane|aircraft)\b",
        "skydive",
    ),
    # "when did the big drum get its fresh lick of paint?": repainted
    (r"\b(?:a |its |their |the )?(?:fresh |new )?(?:lick|coat) of paint\b", "repainted"),
    # "when did the council take the land off the gas company's hands?": bought it from them
    (
        r"\b(?:take|takes|took|taken|taking) ((?:[\w'-]+ ){1,5}?)off ((?:[\w'-]+ ){0,3}?)hands\b",
        r"bought \1from \2",
    ),
    (
        r"\bfor (?:next to nothing|a song|peanuts|a pittance|a nominal (?:sum|fee|price))\b",
        "nominal",
    ),
    # "all the old records and snaps": photographs (not "snaps a bone")
    (r"\b(and|the|our|old|of|all|family|holiday|my|his|her|their|some|any) snaps\b", r"\1 photos"),
    (r"\bso far\b|\bday[- ]to[- ]day\b", " "),
    (r"\b(?:100th|hundredth) (?:anniversary|birthday)\b", "centenary"),
    # the jubilees by their metal: "our 25th anniversary" is the silver jubilee
    (
        r"\b(?:25th|twenty-fifth) (?:anniversary|birthday|jubilee)\b|"
        r"\bsilver (?:jubilee|anniversary)\b|\bquarter(?:-| of a | )century\b",
        "silverjubilee",
    ),
    (
        r"\b(?:40th|fortieth) (?:anniversary|birthday|jubilee)\b|\bruby (?:jubilee|anniversary)\b",
        "rubyjubilee",
    ),
    (
        r"\b(?:50th|fiftieth) (?:anniversary|birthday|jubilee)\b|"
        r"\bgolden (?:jubilee|anniversary)\b",
        "goldenjubilee",
    ),
    (
        r"\b(?:60th|sixtieth) (?:anniversary|birthday|jubilee)\b|"
        r"\bdiamond (?:jubilee|anniversary)\b",
        "diamondjubilee",
    ),
    (r"\bcharit(?:able|y) status\b", "charity"),  # "when did we get charitable status"
    # "when did we register as a charity": when it became a registered one (not the first
    # charity auction)
    (
        r"\b(?:register|registers|registered|registering) as an? (?:registered )?charity\b",
        "registered charity",
    ),
    (r"\b(?:cut|cuts|cutting) the ribbon\b", "open"),  # "who cut the ribbon on the wing"
    (r"\b(?:plastic|fake|artificial|synthetic) grass\b", "artificial turf"),  # "fake grass"
    (r"\b(?:plastic|fake) (?=pitch|turf)", "artificial "),  # "the plastic pitch"
    # "when did the staff get a piece of the company", "when did Northridge buy into it"
    (r"\ba (?:piece|slice|share|chunk) of the (?:company|business|firm)\b", "stake"),
    (r"\b(?:buy|buys|bought|buying) into\b", "stake"),
    # "when did we start sending casks abroad": exporting them
    (
        r"\b(?:send|sends|sent|sending|ship|ships|shipped|shipping|sell|sells|sold|selling)"
        r" (?:[\w'-]+ ){0,3}?(?:abroad|overseas)\b",
        "export",
    ),
    # "when did we start calling ourselves the Tram Shed": the new name
    (r"\b(?:call|calls|called|calling) (?:ourselves|itself|themselves)\b", "rename"),
    # "when did we switch to the name that's on our letterheads now?"
    (
        r"\b(?:switch|switches|switched|switching|change|changes|changed|changing|move|moved|"
        r"go|went) (?:over )?to (?:the|a|our|its|their) (?:new |current |present )?name\b",
        "rename",
    ),
    (r"\bin front of (?:a |an |the )?(?:crowd|audience|spectators|public)\b", "public"),
    (
        r"\b(?:hit|hits|hitting|reach|reached|reaches|reaching|pass|passed|passing|top|topped)"
        r" four figures\b",
        "reach 1000",
    ),
    (
        r"\b(?:hit|hits|hitting|reach|reached|reaches|reaching|pass|passed|passing|top|topped)"
        r" three figures\b",
        "reach 100",
    ),
    # "who looked after the money?", "who kept the books?": the treasurer
    (
        r"\b(?:look|looks|looked|looking) after (?:the |our |its |their )?(?:\w+(?:'s|s') )?"
        r"(?:money|finances|accounts|books|funds)\b|"
        r"\b(?:keep|keeps|kept|keeping|do|does|did|doing) (?:the|its|our|their)"
        r" (?:\w+(?:'s|s') )?(?:books|accounts)\b|"
        # "who did the money side of things?", "kept the firm's books"
        r"\b(?:do|does|did|doing|handle|handled|handling|ran|run|running) the (?:money|financial|"
        r"finance|finances) side\b(?: of things)?",
        "treasurer",
    ),
    (r"\b(?:look|looks|looked|looking) after\b", "care"),
    (
        r"\b(?:go|goes|went|gone|going|enter|enters|entered|entering|placed|put) into"
        r" (?:administration|receivership|liquidation)\b",
        "bankrupt",
    ),
    # ("drop back into the National League": relegated)
    (r"\b(?:drop|drops|dropped|dropping) (?:down|back)\b", "godown"),
    (r"\b(?:turn|turns|turned|turning) down\b", "reject"),
    # (but "the data-sharing deal with Chile" is an agreement)
    (
        r"\b(?:dealt|dealing) with\b|"
        r"\b(?:to|we|they|you|i|did|do|does|will|would|could|should|can|how) deals? with\b",
        "dealwith",
    ),
    (r"\b(?:go|goes|went|gone|going) up in (?:flames|smoke)\b", "burn"),
    # "when did the tapestry go round the county's town halls?": it toured them
    (r"\b(?:go|goes|went|gone|going) (?:round|around) (?=the |our |all )", "tour "),
    # "when did we go up to 18 holes?": grew (the course was extended to 18 holes)
    (r"\b(?:go|goes|went|gone|going) up to(?= \d)", "grow to"),
    (r"\b(?:get|gets|got|getting|come|comes|came|coming) back together\b", "reunite"),
    (r"\b(?:call|calls|called|calling) (?:it |them )?off\b", "calloff"),
    (r"\b(?:tear|tears|tore|torn|tearing|knock|knocks|knocked|knocking) down\b", "demolish"),
    (r"\b(?:burn|burns|burned|burnt|burning) (?:down|out)\b", "burn"),
    (r"\b(?:cave|caves|caved|caving) in\b", "collapse"),
    (r"\b(?:fall|falls|fell|fallen|falling) apart\b", "collapse"),
    (r"\b(?:wash|washes|washed|washing) out\b|\bwash-?out\b|\brained off\b", "cancel"),
    (r"\b(?:sit|sits|sat|sitting) in on\b", "observer"),
    # "a basket throw which is not allowed": an illegal one
    (r"\b(?:is|was|are|were) not allowed\b|\b(?:isn't|wasn't|aren't|weren't) allowed\b", "illegal"),
    (r"\bnext[- ]door\b", "nextdoor"),  # "allowed to sit in on the talks"
    (r"\b(?:over |on )?video ?calls?\b", "online"),
    # "the snow knocked out the mast" (not "how many tattoos did we knock out": did them)
    (
        r"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\byou )\b(?:knock|knocks|knocked|knocking) out\b",
        "outage",
    ),
    (  # ("pull the sausage rolls off the shelves": the sausage rolls were withdrawn)
        r"\b(?:pull|pulls|pulled|pulling) ((?:[\w-]+ ){0,3}?)(?:off|from) (?:the )?shel(?:f|ves)\b",
        r"withdraw \1",
    ),
    (r"\b(?:bump|bumps|bumped|bumping) ((?:[\w,]+ ){0,3}?)up\b", r"increase \1"),
    (r"\b(?:make|makes|made|making) ((?:[\w-]+ ){1,3}?)(?:bigger|larger)\b", r"expand \1"),
    (
        r"\b24/7\b|\b(?:a)?round[- ]the[- ]clock\b|\b(?:24|twenty-four) hours a day\b",
        "roundtheclock",
    ),
    (r"\b(?:for )?all (?:those|these) (?:years|months)\b", " "),
    # "how long were we stuck on Sheep Street?": how long we were there
    (
        r"\b(were|was|are|is|got|been|get|be)( (?:we|they|you|it|he|she|i|the \w+))? stuck "
        r"(?=(?:on|in|at|down|out)\b)",
        r"\1\2 ",
    ),
    # "stick solar on the roof": what was stuck on was installed
    (r"\b(?:stick|sticks|stuck|sticking) ((?:[\w-]+ ){0,3}?)(?:on|up)\b", r"install \1"),
    (r"\b(?:(?:that )?(?:we|they|you) (?:have|had) )?on record\b", " "),
    # "took over as managing partner from X": the role stays a word of the question
    (r"\b(?:take|takes|took|taken|taking) over as ((?:[\w-]+ ){0,2}[\w-]+) from\b", r"\1 succeed"),
    (r"\b(?:take|takes|took|taken|taking) (?:over (?:the reins )?|the reins )from\b", "succeed"),
    # "took the yard over from her mum": what was taken over stays a word
    (
        r"\b(?:take|takes|took|taken|taking) (?:the |his |her |their |its )"
        r"((?:[\w-]+ ){0,2}?[\w-]+) over from\b",
        r"\1 succeed",
    ),
    # "who did Margaret hand the business over to?": who took over from her
    (
        r"\bwho did (\w+(?: \w+)?) (?:hand|pass) ((?:[\w']+ ){0,3}?)(?:over|on) to\b",
        r"who succeed \1 as \2",
    ),
    # "took over chairing the trustees from Hugh": a role, told by its doing
    (
        r"\b(?:take|takes|took|taken|taking) over ([a-z]+ing(?: (?:the|our|its) [\w-]+)?) from\b",
        r"\1 succeed",
    ),
    # "took over the touring company from X": what was taken over stays a word too
    (
        r"\b(?:take|takes|took|taken|taking) over (?:the |his |her |their |its )"
        r"((?:[\w-]+ ){0,2}[\w-]+) from\b",
        r"\1 succeed",
    ),
    # "his daughter took over the running of the farm": a succession, told of the heir
    (
        r"\b(?:took|taken) over (?=(?:the )?running\b|the (?:business|firm|farm|practice|shop|"
        r"company)\b)",
        "succeed ",
    ),
    # "hand the business over to his lad": to his son
    (r"\b(his|her|their) (?:lad|boy)\b", r"\1 son"),
    (r"\b(his|her|their) girl\b", r"\1 daughter"),
    # "the tenancy passed to his son David": a handover in the family
    (
        r"\b(?:pass|passes|passed|passing|hand|hands|handed|handing) (?:over |on |down )?"
        r"(?:[\w-]+ ){0,5}?to (?:his|her|their) (?:son|daughter|nephew|niece|"
        r"grandson|granddaughter|sons|daughters|children)\b",
        "succeed",
    ),
    # "After Abel retired, his son Walter ran the firm": the son succeeded him
    (
        r"\b(?:his|her|their) (?:son|daughter|nephew|niece|grandson|granddaughter)"
        r"(?: [\w'-]+){0,2}? (?:ran|runs|run|headed|led|took charge of|took the helm of) "
        r"(?:the|our|their|his|her) (?:firm|business|company|shop|farm|yard|works|practice|mill)\b",
        "succeed",
    ),
    # "Claire took over from her dad": facts name him, or call her his daughter
    (
        r"\bsucceed (?:his|her|their) (?:(?:old|late) )?(?:dad|father|mum|mom|mother|parents?|"
        r"grandad|grandfather|gran|grandma|grandmother|uncle|aunt|auntie)"
        r"(?: and (?:dad|father|mum|mom|mother))?\b",
        "succeed",
    ),
    (r"\b(?:sign|signs|signed|signing) off(?: on)?\b", "approve"),
    (r"\b(?:wrap|wraps|wrapped|wrapping) up\b", "end"),
    # "the board voted to start winding the company up": to put it into liquidation
    (
        r"\b(?:wind|winds|wound|winding) (?:the|our|its|their) (?:company|business|firm|charity|"
        r"society|club|trust|cooperative|co-op) up\b|\bwinding[- ]up (?:order|petition)s?\b",
        "bust",
    ),
    (r"\b(?:wind|winds|wound|winding) (?:down|up)\b", "winddown"),
    (r"\bchief executive(?: officer)?\b", "ceo"),
    # A letter that names one of a series: "Series B", "Plan C", "Terminal A" ("seriesb").
    (
        r"\b(series|plan|phase|gate|terminal|building|block|wing|stage|tier|ward|hall|pier)"
        r" ([a-z])\b(?!')",
        r"\1\2",
    ),
    (r"\bchief technology officer\b|\bchief technical officer\b", "cto"),
    (r"\bchief financial officer\b", "cfo"),
    (r"\bchief operating officer\b", "coo"),
    (r"\bwho(?:'s| is| was)? (?:runs|ran|running)\b", "who lead"),
    # ... as a fact tells it: "a second base, run by local boatman Owen Pritchard"
    (r"\b(?:run|ran) by\b", "lead by"),
    # "how long did Gwen run the club?": she led it (a body run, not a race or a service; in
    # the form a question asks it: a fact's "ran the firm", "running the team from its start"
    # or "still runs the farm" tells of no role taken)
    (
        r"\brun (?=(?:the|our|their|its|this) (?:" + BODIES + r"|shop|museum|centre|center|"
        r"unit|department|branch|farm|project|committee|festival|show|scheme|service|programme|"
        r"network|library|cafe|café|pub|hotel|garage|workshop|yard|hall|surgery|kitchen)\b(?!'))",
        "lead ",
    ),
    (r"\bfor good\b|\bonce and for all\b", "permanently"),
    # "when did the van get done over by yobs?": vandalised (by thieves: burgled, below)
    (
        r"\b(?:get|gets|got|getting|was|were|been) done over by (?:some |local )?"
        r"(?:yobs|vandals|hooligans|kids|louts|thugs|youths)\b",
        "vandalize",
    ),
    # "when did the portakabin get done over?": broken into
    (r"\b(?:get|gets|got|getting|was|were|been) done over\b", "burgle"),
    # "when did the shed start running off the sun": solar power
    (
        r"\b(?:run|runs|ran|running) (?:off|on) (?:the )?sun\b|\bsun[- ]?power(?:ed)?\b"
        r"|(?:(?<=power )|(?<=energy ))from the sun\b",
        "solar",
    ),
    (r"\bsolar plates\b", "solar panels"),  # "the sun power plates on the barn roof"
    # "when did we all take a hit on wages": a pay cut
    (
        r"\b(?:take|takes|took|taken|taking) a hit on (?:our |their )?(?:wages|pay|salaries)\b",
        "pay cut",
    ),
    # "when did we start paying for poorer kids to sail?", "covering fees for students who
    # can't afford it": a bursary
    (
        r"\b(?:poorer|poor|hard-up|low-income|disadvantaged) (?:kids|children|families|"
        r"students|members|youngsters|pupils)\b|\b(?:who|that) (?:can't|cannot|can not|"
        r"couldn't|could not) afford\b",
        "bursary",
    ),
    (r"\bsingle[- ]use\b|\bthrow[- ]away\b", "singleuse"),
    # "Ned Pascoe joined the yard as its rigger": taken on, as "who did we take on as rigger?"
    # asks (not "joined as a junior member")
    (
        r"\bjoin(?:s|ed|ing)?(?= (?:[\w'-]+ ){0,3}?as (?:(?:its|their|our) [\w-]+|"
        r"(?:the |a |an )?(?:[\w-]+ )?(?:" + "|".join(sorted(ROLE_NOUNS)) + r"))\b)",
        "hire",
    ),
    # "when could folk first pay with plastic": by card
    (r"\b(?:pay|pays|paid|paying) (?:with|by|on) plastic\b", "pay by card"),
    # "when did old Alf hang up his keys?", "old Wilf hang up his adze": retired
    (
        r"\b(?:hang|hangs|hung|hanging) up (?:(?:his|her|their|my) [a-z]+|the (?:boots|keys|"
        r"gloves|whistle|apron|scissors|tools|spurs|hat|pads|rods?))\b",
        "retire",
    ),
    (r"\b(?:write|writes|wrote|written|writing) off\b|\bwrite-off\b", "writeoff"),
    (r"\b(?:turn|turns|turned|turning|switch|switches|switched|switching) off\b", "shutdown"),
    (r"\b(?:quit|quits|stop|stops|stopped|stopping) working on\b", "quit"),
    (r"\bdata (?:center|centre)s?\b", "datacenter"),
    (r"\bpull[- ]requests?\b", "pullrequest"),
    (r"\bmanaging directors?\b", "managingdirector"),
    (r"\bgeneral managers?\b", "generalmanager"),
    (r"\b(?:elected|admitted|accepted) (?:in)?to\b", "join"),
    (r"\b(?:go|goes|going|gone|went) public\b", "ipo"),
    (r"\btouch(?:es|ed|ing)? down\b", "touchdown"),
    (r"\b(?:lift|lifts|lifted|blast|blasts|blasted)(?:ed)? off\b", "launch"),
    (r"\b(?:blow|blows|blew|blown) up\b", "blowup"),
    # "when did the big tent blow down?": "a storm brought down the marquee"
    (r"\b(?:blow|blows|blew|blown) (?:it |them )?down\b", "collapse"),
    (r"\b(?:break|breaks|broke|broken) (?:apart|up)\b", "breakup"),
    (r"\b(?:sit|sits|sat|sitting) down\b", "meet"),
    (r"\b(?:pick|picks|picked|picking) up (?:speed|pace|steam)\b", "accelerate"),
    (r"\b(?:ramp|ramps|ramped|ramping) up\b|\bgather(?:s|ed|ing)? pace\b", "accelerate"),
    (r"\bu\.s\.a?\.?(?!\w)|\busa\b|\bamerica\b|\bamerican\b", "unitedstates"),
    (r"\bunited states(?: of america)?\b", "unitedstates"),
    (r"\bu\.k\.(?!\w)|\bunited kingdom\b|\bbritain\b|\bbritish\b", "unitedkingdom"),
    (r"\bdeputy (?:foreign )?ministers?\b", "viceminister"),
    (r"\bvice[- ]ministers?(?:ial)?\b", "viceminister"),
    (r"\bnorth korean?\b|\bdprk\b|\bpyongyang\b", "northkorea"),
    (r"\bsouth korean?\b|\brok\b|\bseoul\b", "southkorea"),
)

# Pairs of words that tell of one deal from either side: "B bought it" is "A sold it to B".
CONVERSES = (("buy", "sell"),)

# Country, people and capital words that name the same actor.
ACTOR_GROUPS_TEXT = """
china chinese beijing sino prc
russia russian moscow kremlin
japan japanese tokyo
india indian delhi
afghanistan afghan kabul
unitedstates washington america american usa
unitedkingdom london britain british
southkorea seoul
northkorea pyongyang dprk
france french paris
germany german berlin
korea korean peninsula
""".strip()


# Pairs of words whose groups contradict each other: a fact that says the club *lost* the
# final does not answer when it *won* it.
ANTONYMS = (
    ("win", "lose"),
    ("start", "end"),
    ("add", "remove"),
    ("appoint", "resign"),
    ("buy", "sell"),
    ("open", "close"),
    ("join", "leave"),
    ("promote", "relegate"),
    ("rise", "fall"),
    ("male", "female"),  # "the men's team" is not the women's
)


def groups() -> list[frozenset[str]]:
    """The synonym, actor, abbreviation and nickname groups as sets of words."""
    text = "\n".join((SYNONYM_GROUPS_TEXT, ACTOR_GROUPS_TEXT, ABBREVIATIONS_TEXT, NICKNAMES_TEXT))
    merged: list[str] = []
    for line in text.splitlines():
        if line.startswith(" ") and merged:
            merged[-1] += " " + line.strip()
        elif line.strip():
            merged.append(line.strip())
    return [frozenset(line.split()) for line in merged]
