"""A realistic demo: a partnering mission to Osaka and a trade mission to Boston.

Four clusters (Lyonbiopole, Biocat, BioM, BioPmed), fifteen SMEs, forty foreign organisations
with names in Japanese, Chinese, Korean, Portuguese and English, venues, a programme, B2B
meetings and leads. The companies and people are invented.

Demo rows are written without journaling: they are not something this user typed, and they must
never be pushed to a real server if the user later signs in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from biox_desktop.core.identity import NETWORK, mission_scope, org_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.languages import main_language
from biox_desktop.core.organisations import OrganisationInput
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    AgendaItem,
    Agreement,
    AgreementLink,
    AgreementParty,
    Attachment,
    Consent,
    FollowUp,
    Lead,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    MissionCompany,
    MissionPartner,
    Organisation,
    Person,
    RosterEntry,
    TravelTime,
    Venue,
)
from biox_desktop.db.organisations import add_organisation

UTC = dt.UTC

CLUSTERS = [
    ("Lyonbiopole", "FR", "Lyon", "contact@lyonbiopole.example"),
    ("Biocat", "ES", "Barcelona", "info@biocat.example"),
    ("BioM", "DE", "Munich", "info@bio-m.example"),
    ("BioPmed", "IT", "Turin", "info@biopmed.example"),
]

# (name, cluster index, city, sector tags, delegate names)
SMES = [
    ("Rhône Diagnostics SAS", 0, "Lyon", ["diagnostics", "infectious diseases"],
     ["Élodie Marchand", "Julien Roux"]),
    ("Célestine Biotherapeutics", 0, "Lyon", ["biologics", "oncology"], ["Margaux Lefèvre"]),
    ("Vaxiléa SAS", 0, "Marcy-l'Étoile", ["vaccines"], ["Thomas Giraud", "Chloé Fontaine"]),
    ("Confluence Medical", 0, "Grenoble", ["medtech", "surgery"], ["Antoine Perrin"]),
    ("Catalonia NeuroTech SL", 1, "Barcelona", ["neurology", "digital health"],
     ["Núria Puig", "Jordi Casals"]),
    ("Delta Cell Therapeutics SL", 1, "Barcelona", ["cell therapy"], ["Laia Ferrer"]),
    ("Montjuïc Imaging SL", 1, "Barcelona", ["imaging", "AI"], ["Marc Vidal"]),
    ("Isar Antibodies GmbH", 2, "Martinsried", ["antibodies", "oncology"],
     ["Katharina Müller", "Lukas Weiß"]),
    ("Münchner Zellwerk GmbH", 2, "Munich", ["bioprocess", "cell therapy"], ["Jonas Schäfer"]),
    ("Alpenlabor Diagnostics GmbH", 2, "Penzberg", ["diagnostics"], ["Sophie Hoffmann"]),
    ("Würmtal Bioinformatics GmbH", 2, "Planegg", ["bioinformatics", "AI"], ["Felix Krüger"]),
    ("Torino Biomateriali S.r.l.", 3, "Turin", ["biomaterials", "orthopaedics"],
     ["Giulia Bianchi", "Matteo Conti"]),
    ("Piemonte MedTech S.r.l.", 3, "Turin", ["medtech", "cardiology"], ["Francesca Greco"]),
    ("Langhe Genomics S.p.A.", 3, "Alba", ["genomics", "agri-food"], ["Davide Ferrero"]),
    ("Sabauda Pharma S.r.l.", 3, "Ivrea", ["pharma", "rare diseases"], ["Chiara Rinaldi"]),
]

CLUSTER_STAFF = [
    ("Claire Martin", 0, "leader"),
    ("Pau Serra", 1, "cluster_staff"),
    ("Anna Bauer", 2, "leader"),
    ("Lorenzo Gallo", 3, "cluster_staff"),
]

# (name, native name or None, kind, country, city, tags, contact native, contact romanised,
#  job title, email domain)
FOREIGN = [
    ("Kansai Medical Co., Ltd.", "関西メディカル株式会社", "foreign_partner", "JP", "Osaka",
     ["medtech"], "山田太郎", "Yamada Taro", "Director of Business Development", "kansai-med.example"),
    ("Naniwa Drug Discovery Inc.", "なにわ創薬株式会社", "foreign_partner", "JP", "Osaka",
     ["drug discovery"], "佐藤花子", "Sato Hanako", "Head of Licensing", "naniwa-dd.example"),
    ("Osaka Bio Headquarters", "大阪バイオ・ヘッドクオーター", "gateway_partner", "JP",
     "Osaka", ["cluster", "gateway"], "鈴木一郎", "Suzuki Ichiro", "Programme Manager", "osaka-bio.example"),
    ("Senri Regenerative Medicine Institute", "千里再生医療研究所", "research_institute", "JP",
     "Suita",
     ["regenerative medicine"], "高橋美咲", "Takahashi Misaki", "Principal Investigator",
     "senri-rmi.example"),
    ("Kobe Biomedical Innovation Cluster", "神戸医療産業都市推進機構", "agency", "JP", "Kobe",
     ["cluster"], "田中健", "Tanaka Ken", "International Relations", "kobe-bic.example"),
    ("Dojima Capital Partners", "堂島キャピタル・パートナーズ", "investor", "JP", "Osaka",
     ["venture capital"], "伊藤直樹", "Ito Naoki", "Partner", "dojima-cap.example"),
    ("Kyoto Cell Engineering K.K.", "京都細胞工学株式会社", "foreign_partner", "JP", "Kyoto",
     ["cell therapy"], "中村由美", "Nakamura Yumi", "CEO", "kyoto-cell.example"),
    ("Umeda General Hospital", "梅田総合病院", "hospital", "JP", "Osaka",
     ["clinical trials"], "小林誠", "Kobayashi Makoto", "Head of Clinical Research",
     "umeda-hp.example"),
    ("Hanshin Diagnostics Co., Ltd.", "阪神診断薬株式会社", "foreign_partner", "JP", "Amagasaki",
     ["diagnostics"], "加藤恵", "Kato Megumi", "R&D Manager", "hanshin-dx.example"),
    ("Sakai Pharma Logistics", "堺ファーマロジスティクス", "foreign_partner", "JP", "Sakai",
     ["distribution"], "吉田翔", "Yoshida Sho", "Sales Director", "sakai-pl.example"),
    ("Shanghai Biomedical Innovation Centre", "上海生物医药创新中心", "gateway_partner", "CN",
     "Shanghai", ["cluster", "gateway"], "王伟", "Wang Wei", "Director", "sh-bic.example"),
    ("Suzhou Cell Technology Co., Ltd.", "苏州细胞科技有限公司", "foreign_partner", "CN", "Suzhou",
     ["cell therapy"], "李娜", "Li Na", "Business Development Manager", "sz-celltech.example"),
    ("Shenzhen Medical Devices Group", "深圳医疗器械集团", "foreign_partner", "CN", "Shenzhen",
     ["medtech"], "张强", "Zhang Qiang", "VP International", "sz-mdg.example"),
    ("Hangzhou Genomics Ltd.", "杭州基因组学有限公司", "foreign_partner", "CN", "Hangzhou",
     ["genomics"], "陈静", "Chen Jing", "Chief Scientific Officer", "hz-genomics.example"),
    ("Beijing Health Capital", "北京健康资本", "investor", "CN", "Beijing",
     ["venture capital"], "刘洋", "Liu Yang", "Investment Director", "bj-healthcap.example"),
    ("Seoul Biotech Inc.", "서울바이오텍", "foreign_partner", "KR", "Seoul",
     ["antibodies"], "김민준", "Kim Minjun", "Head of Partnering", "seoulbiotech.example"),
    ("Hanbit Pharmaceutical Co.", "한빛제약", "foreign_partner", "KR", "Seoul",
     ["pharma"], "이서연", "Lee Seoyeon", "Licensing Manager", "hanbit-pharma.example"),
    ("Daejeon Bio Cluster Foundation", "대전바이오클러스터재단", "agency", "KR", "Daejeon",
     ["cluster"], "박지훈", "Park Jihoon", "Global Cooperation Team", "djbio.example"),
    ("Incheon Medical Robotics", "인천메디컬로보틱스", "foreign_partner", "KR", "Incheon",
     ["medtech", "robotics"], "최수빈", "Choi Subin", "CTO", "icn-robotics.example"),
    ("Korea Precision Diagnostics", "한국정밀진단", "foreign_partner", "KR", "Seongnam",
     ["diagnostics"], "정우진", "Jung Woojin", "Overseas Sales", "kpdx.example"),
    ("Instituto Paulista de Biotecnologia", None, "research_institute", "BR", "São Paulo",
     ["research"], "João Silva", None, "Coordenador de Inovação", "ipbio.example"),
    ("Saúde Digital Ltda.", None, "foreign_partner", "BR", "São Paulo",
     ["digital health"], "Ana Carolina Souza", None, "Diretora Executiva", "saudedigital.example"),
    ("Fundação Amazônia Bio", None, "agency", "BR", "Manaus",
     ["biodiversity"], "Luís Gonçalves", None, "Presidente", "amazoniabio.example"),
    ("Laboratório Mineiro de Vacinas", None, "foreign_partner", "BR", "Belo Horizonte",
     ["vaccines"], "Mariana Araújo", None, "Gerente de Parcerias", "lmv.example"),
    ("Back Bay Therapeutics Inc.", None, "foreign_partner", "US", "Boston",
     ["oncology", "biologics"], "Emily Carter", None, "VP Business Development",
     "backbaytx.example"),
    ("Cambridge Genomics Partners", None, "foreign_partner", "US", "Cambridge",
     ["genomics"], "Michael O'Brien", None, "Managing Director", "cgp.example"),
    ("Harborview Medical Center", None, "hospital", "US", "Boston",
     ["clinical trials"], "Sarah Nguyen", None, "Director, Innovation Office",
     "harborview.example"),
    ("Charles River Biologics LLC", None, "foreign_partner", "US", "Waltham",
     ["bioprocess"], "David Kim", None, "Head of External Manufacturing", "crbio.example"),
    ("Seaport Ventures", None, "investor", "US", "Boston",
     ["venture capital"], "Rachel Goldstein", None, "Principal", "seaportvc.example"),
    ("New England Life Sciences Gateway", None, "gateway_partner", "US", "Boston",
     ["cluster", "gateway"], "James Walker", None, "International Programs",
     "ne-lsgateway.example"),
    ("Kendall Square Diagnostics", None, "foreign_partner", "US", "Cambridge",
     ["diagnostics", "AI"], "Priya Raman", None, "Chief Business Officer", "ksdx.example"),
    ("Longwood Cell Therapy Institute", None, "research_institute", "US", "Boston",
     ["cell therapy"], "Robert Chen", None, "Director of Partnerships", "lcti.example"),
    ("Fenway Medical Devices", None, "foreign_partner", "US", "Boston",
     ["medtech"], "Jessica Moore", None, "Product Director", "fenwaymd.example"),
    ("Worcester Biomanufacturing Co.", None, "foreign_partner", "US", "Worcester",
     ["bioprocess"], "Kevin Murphy", None, "Site Head", "wbco.example"),
    ("Toronto Health Innovation Hub", None, "agency", "CA", "Toronto",
     ["cluster"], "Olivia Tremblay", None, "Partnership Lead", "thih.example"),
    ("Melbourne Biomedical Precinct", None, "agency", "AU", "Melbourne",
     ["cluster"], "Liam Thompson", None, "Trade Manager", "mbp.example"),
    ("Taipei Biotech Alliance", "台北生技聯盟", "agency", "TW", "Taipei",
     ["cluster"], "林志明", "Lin Chih-ming", "Secretary General", "tba.example"),
    ("Singapore MedTech Accelerator", None, "investor", "SG", "Singapore",
     ["accelerator"], "Tan Wei Ling", None, "Programme Director", "sgmta.example"),
    ("Yokohama Bioproduction K.K.", "横浜バイオプロダクション株式会社", "foreign_partner", "JP",
     "Yokohama", ["bioprocess"], "渡辺大輔", "Watanabe Daisuke", "Plant Manager",
     "ybp.example"),
    ("Nagoya Orthopaedic Devices", "名古屋整形医療機器株式会社", "foreign_partner", "JP", "Nagoya",
     ["orthopaedics", "medtech"], "山本さくら", "Yamamoto Sakura", "Export Manager",
     "nod.example"),
]


def has_data(db: Database) -> bool:
    """True when the database already holds missions (the demo is then left alone)."""
    with db.session() as s:
        return bool(s.scalar(select(func.count(Mission.id))))


def _at(day: dt.date, hhmm: str, tz: str) -> dt.datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(h, m), ZoneInfo(tz)).astimezone(UTC)


def seed_demo(db: Database, *, today: dt.date | None = None) -> dict[str, str]:
    """Fill an empty database with the demo; returns ids of the demo's main records."""
    rng = random.Random(2027)
    today = today or dt.date.today()
    with db.unjournaled() as s:
        ids = _seed(s, rng, today)
    db.set_meta("demo", "1")
    return ids


def _seed(s: Session, rng: random.Random, today: dt.date) -> dict[str, str]:
    def add(obj: object) -> None:
        s.add(obj)

    # Every organisation goes through the directory (db/organisations.py), as one typed in the
    # Organisations screen would: the demo holds nothing the app itself could not make.
    clusters = []
    for name, country, city, email in CLUSTERS:
        org = add_organisation(s, OrganisationInput(
            name=name, kind="cluster", country=country, city=city,
            sector_tags=("life sciences",)), created_by=None, email=email)
        clusters.append(org)

    smes: list[tuple[Organisation, list[Person]]] = []
    for name, ci, city, tags, people in SMES:
        org = add_organisation(s, OrganisationInput(
            name=name, kind="sme", country=clusters[ci].country or "", city=city,
            sector_tags=tuple(tags), home_cluster_id=clusters[ci].id,
            website="https://" + name.split()[0].lower() + ".example",
            description=f"{name} develops {', '.join(tags)} solutions."), created_by=None)
        delegates = []
        for pname in people:
            first = pname.split()[0].lower()
            person = Person(id=uuid7(), scope=NETWORK, organisation_id=org.id, name=pname,
                            job_title=rng.choice(["CEO", "CSO", "Business Developer", "CTO"]),
                            emails=[f"{_ascii(first)}@{_ascii(name.split()[0].lower())}.example"],
                            phones=[_eu_phone(rng, org.country or "FR")],
                            languages=["en", _home_language(org.country or "FR")],
                            country=org.country)
            add(person)
            delegates.append(person)
        smes.append((org, delegates))

    staff = []
    for pname, ci, role in CLUSTER_STAFF:
        person = Person(id=uuid7(), scope=NETWORK, organisation_id=clusters[ci].id, name=pname,
                        job_title="International Project Manager",
                        emails=[_ascii(pname.split()[0].lower()) + "@"
                                + clusters[ci].name.lower() + ".example"],
                        phones=[_eu_phone(rng, clusters[ci].country or "FR")],
                        languages=["en", "fr"], country=clusters[ci].country)
        add(person)
        staff.append((person, ci, role))

    foreign: list[tuple[Organisation, Person]] = []
    for (name, native, kind, country, city, tags, c_native, c_roman, title, domain) in FOREIGN:
        org = add_organisation(s, OrganisationInput(
            name=name, name_native=native or "", kind=kind, country=country, city=city,
            sector_tags=tuple(tags), website=f"https://www.{domain}"), created_by=None,
            name_romanised=name if native else None)
        display = f"{c_native} ({c_roman})" if c_roman else c_native
        contact = Person(id=uuid7(), scope=NETWORK, organisation_id=org.id, name=display,
                         name_native=c_native if c_roman else None, name_romanised=c_roman,
                         job_title=title,
                         emails=[f"{_ascii((c_roman or c_native).split()[0].lower())}@{domain}"],
                         phones=[_foreign_phone(rng, country)], country=country)
        add(contact)
        foreign.append((org, contact))
    s.flush()

    # -- Osaka partnering mission, a few weeks ahead ------------------------------------------
    osaka_start = today + dt.timedelta(days=30)
    osaka = Mission(id=uuid7(), name="Osaka Partnering Days", kind="partnering_event",
                    country="JP", cities=["Osaka", "Kobe"], start_date=osaka_start,
                    end_date=osaka_start + dt.timedelta(days=4), timezone="Asia/Tokyo",
                    home_timezone="Europe/Paris", lead_cluster_id=clusters[0].id,
                    status="confirmed",
                    description="Partnering event with about 150 participants at Knowledge "
                                "Capital, site visits in Osaka and Kobe.")
    osaka.scope = mission_scope(osaka.id)
    boston_start = today + dt.timedelta(days=90)
    boston = Mission(id=uuid7(), name="Boston Trade Mission", kind="trade_mission",
                     country="US", cities=["Boston", "Cambridge"], start_date=boston_start,
                     end_date=boston_start + dt.timedelta(days=3), timezone="America/New_York",
                     home_timezone="Europe/Berlin", lead_cluster_id=clusters[2].id,
                     status="open",
                     description="Trade mission around the BIO convention: hospitals, "
                                 "investors and Kendall Square partners.")
    boston.scope = mission_scope(boston.id)
    add(osaka)
    add(boston)
    s.flush()

    for mission, partner_idx in ((osaka, 2), (osaka, 4), (boston, 29)):
        add(MissionPartner(id=uuid7(), scope=mission.scope, mission_id=mission.id,
                           organisation_id=foreign[partner_idx][0].id, role="gateway"))

    _roster(s, rng, osaka, smes[:12], staff, [0, 1, 3])
    _roster(s, rng, boston, smes[4:], staff, [2])
    _roster_cases(s, osaka, smes[:12])
    venues = _programme_osaka(s, osaka)
    _meetings(s, rng, osaka, smes[:12], [f for f in foreign if f[0].country == "JP"]
              + foreign[10:20], venues)
    _leads(s, rng, osaka, smes[:12], foreign[:20])
    _seed_duplicates(s, osaka, smes[:12], foreign)
    _programme_boston(s, boston)
    _seed_outcomes(s, rng, today, clusters, smes, staff, foreign)
    _seed_agenda_conflicts(s, osaka, smes, [f for f in foreign if f[0].country == "JP"], venues)
    return {"osaka": osaka.id, "boston": boston.id, "lyonbiopole": clusters[0].id,
            "leader": staff[0][0].id}


def _roster(s: Session, rng: random.Random, mission: Mission,
            smes: list[tuple[Organisation, list[Person]]], staff: list[tuple[Person, int, str]],
            staff_idx: list[int]) -> None:
    tz = ZoneInfo(mission.timezone)
    arrive_day = mission.start_date - dt.timedelta(days=1)
    leave_day = mission.end_date + dt.timedelta(days=1)
    for org, delegates in smes:
        s.add(MissionCompany(id=uuid7(), scope=mission.scope, mission_id=mission.id,
                             organisation_id=org.id, status="confirmed",
                             profile=org.description))
        for person in delegates:
            status = rng.choices(["confirmed", "registered", "invited"], [6, 2, 1])[0]
            s.add(_entry(rng, mission, person, org.id, "sme_delegate", status, tz,
                         arrive_day, leave_day))
    for i in staff_idx:
        person, _cluster, role = staff[i]
        s.add(_entry(rng, mission, person, person.organisation_id, role, "confirmed", tz,
                     arrive_day, leave_day))


def _entry(rng: random.Random, mission: Mission, person: Person, org_id: str | None, role: str,
           status: str, tz: ZoneInfo, arrive_day: dt.date, leave_day: dt.date) -> RosterEntry:
    arrival = dt.datetime.combine(arrive_day, dt.time(rng.choice([7, 9, 14, 17]), 35), tz)
    departure = dt.datetime.combine(leave_day, dt.time(rng.choice([10, 13, 21]), 5), tz)
    passport = mission.end_date + dt.timedelta(days=rng.choice([90, 400, 900, 1500, 2200]))
    return RosterEntry(
        id=uuid7(), scope=mission.scope, mission_id=mission.id, person_id=person.id,
        organisation_id=org_id, role=role, registration_status=status,
        arrival_flight=rng.choice(["AF292", "LH742", "JL416", "AY077", "KL867", "LX160"])
        if mission.country == "JP" else rng.choice(["AF334", "LH422", "IB6165", "AZ614"]),
        arrival_at=arrival.astimezone(UTC),
        departure_flight=rng.choice(["AF291", "LH743", "JL415", "KL868"])
        if mission.country == "JP" else rng.choice(["AF333", "LH423", "IB6166"]),
        departure_at=departure.astimezone(UTC),
        hotel=rng.choice(["Hotel Granvia Osaka", "Rihga Royal Hotel"])
        if mission.country == "JP" else rng.choice(["Seaport Hotel", "Kendall Hotel"]),
        hotel_check_in=arrive_day, hotel_check_out=leave_day,
        passport_expiry=passport,
        visa_status="not_required" if mission.country == "JP" else rng.choice(
            ["esta_granted", "esta_granted", "pending"]),
        dietary=rng.choice([None, None, None, "vegetarian", "halal", "no shellfish"]),
        interpreter_needed=mission.country == "JP" and rng.random() < 0.3,
        languages=["en"],
        emergency_contact_name="Family contact", emergency_contact_phone="+33612345678",
    )


def _roster_cases(s: Session, mission: Mission,
                  smes: list[tuple[Organisation, list[Person]]]) -> None:
    """Delegates a leader must act on, and names in Asian scripts for the booklet."""
    tz = ZoneInfo(mission.timezone)
    arrive_day = mission.start_date - dt.timedelta(days=1)
    leave_day = mission.end_date + dt.timedelta(days=1)
    # A hired interpreter from Osaka, a Chinese-born and a Korean-born SME delegate.
    extras = [
        ("佐々木恵美 (Sasaki Emi)", "佐々木恵美", "Sasaki Emi", None, "interpreter", "JP",
         ["ja", "en", "fr"]),
        ("陈晓明 (Chen Xiaoming)", "陈晓明", "Chen Xiaoming", smes[10][0], "sme_delegate", "DE",
         ["zh", "de", "en"]),
        ("박서준 (Park Seojun)", "박서준", "Park Seojun", smes[4][0], "expert", "ES",
         ["ko", "es", "en"]),
    ]
    for display, native, roman, org, role, country, langs in extras:
        person = Person(id=uuid7(), scope=NETWORK, organisation_id=org.id if org else None,
                        name=display, name_native=native, name_romanised=roman,
                        job_title="Interpreter" if role == "interpreter" else "Senior Scientist",
                        emails=[_ascii(roman.split()[-1].lower()) + "."
                                + _ascii(roman.split()[0].lower()) + "@"
                                + (_ascii(org.name.split()[0].lower()) if org else "kansai-interp")
                                + ".example"],
                        phones=["+819012345678" if country == "JP" else "+33611223344"],
                        languages=langs, country=country)
        s.add(person)
        s.add(RosterEntry(
            id=uuid7(), scope=mission.scope, mission_id=mission.id, person_id=person.id,
            organisation_id=org.id if org else None, role=role,
            registration_status="confirmed",
            arrival_flight=None if country == "JP" else "LH740",
            arrival_at=None if country == "JP" else dt.datetime.combine(
                arrive_day, dt.time(16, 10), tz).astimezone(UTC),
            departure_flight=None if country == "JP" else "LH741",
            departure_at=None if country == "JP" else dt.datetime.combine(
                leave_day, dt.time(11, 30), tz).astimezone(UTC),
            hotel="Hotel Granvia Osaka",
            hotel_check_in=mission.start_date if country == "JP" else arrive_day,
            hotel_check_out=mission.end_date if country == "JP" else leave_day,
            # A Chinese passport needs a visa for Japan, still pending.
            passport_expiry=mission.end_date + dt.timedelta(days=1200),
            visa_status="pending" if country == "DE" else "not_required",
            languages=langs, interpreter_needed=False,
            emergency_contact_name="Family contact", emergency_contact_phone="+33612345678"))
    s.flush()
    entries = {e.person_id: e for e in s.scalars(
        select(RosterEntry).where(RosterEntry.mission_id == mission.id))}
    # Arrives on the first day, after the welcome briefing has started.
    late = entries[smes[2][1][1].id]
    late.arrival_flight = "AY079"
    late.arrival_at = dt.datetime.combine(mission.start_date, dt.time(14, 35), tz).astimezone(UTC)
    late.hotel_check_in = mission.start_date
    # Hotel booked one night short.
    short = entries[smes[6][1][0].id]
    short.hotel_check_out = mission.end_date - dt.timedelta(days=1)
    # Registered, but no hotel yet.
    nohotel = entries[smes[9][1][0].id]
    nohotel.hotel = None
    nohotel.hotel_check_in = nohotel.hotel_check_out = None


def _venue(s: Session, mission: Mission, name: str, address: str, city: str) -> Venue:
    venue = Venue(id=uuid7(), scope=mission.scope, mission_id=mission.id, name=name,
                  address=address, city=city, timezone=mission.timezone)
    s.add(venue)
    return venue


def _programme_osaka(s: Session, m: Mission) -> dict[str, Venue]:
    kc = _venue(s, m, "Knowledge Capital Congrès Convention Center",
                "3-1 Ofukacho, Kita-ku, Osaka 530-0011", "Osaka")
    kobe = _venue(s, m, "Kobe Biomedical Innovation Cluster",
                  "6-3-7 Minatojima-minamimachi, Chuo-ku, Kobe 650-0047", "Kobe")
    hotel = _venue(s, m, "Hotel Granvia Osaka", "3-1-1 Umeda, Kita-ku, Osaka 530-0001", "Osaka")
    s.flush()
    for a, b, minutes in ((kc, kobe, 55), (kobe, kc, 55), (kc, hotel, 10), (hotel, kc, 10),
                          (hotel, kobe, 60), (kobe, hotel, 60)):
        s.add(TravelTime(id=uuid7(), scope=m.scope, mission_id=m.id, from_venue_id=a.id,
                         to_venue_id=b.id, minutes=minutes))
    tz = m.timezone
    d = [m.start_date + dt.timedelta(days=i) for i in range(5)]
    items = [
        (d[0], "09:30", "10:30", "conference", "Welcome and briefing", hotel),
        (d[0], "11:00", "17:00", "conference", "Osaka Life Sciences Forum", kc),
        (d[0], "18:30", "21:00", "networking", "Welcome reception", kc),
        (d[1], "09:00", "12:30", "b2b", "B2B partnering — morning session", kc),
        (d[1], "12:30", "13:30", "meal", "Networking lunch", kc),
        (d[1], "14:00", "17:30", "b2b", "B2B partnering — afternoon session", kc),
        (d[2], "08:30", "09:30", "transfer", "Bus to Kobe", None),
        (d[2], "10:00", "12:00", "site_visit", "Kobe Biomedical Innovation Cluster", kobe),
        (d[2], "14:00", "17:00", "site_visit", "Regenerative medicine labs", kobe),
        (d[3], "09:00", "12:00", "b2b", "B2B partnering — follow-up meetings", kc),
        (d[3], "19:00", "21:30", "meal", "Delegation dinner", hotel),
        (d[4], "09:30", "11:00", "conference", "Debriefing", hotel),
    ]
    for day, start, end, kind, title, venue in items:
        s.add(AgendaItem(id=uuid7(), scope=m.scope, mission_id=m.id,
                         venue_id=venue.id if venue else None, kind=kind, title=title,
                         starts_at=_at(day, start, tz), ends_at=_at(day, end, tz), timezone=tz,
                         slot_minutes=30 if kind == "b2b" else None,
                         table_count=30 if kind == "b2b" else None))
    return {"kc": kc, "kobe": kobe, "hotel": hotel}


def _programme_boston(s: Session, m: Mission) -> None:
    bcec = _venue(s, m, "Boston Convention and Exhibition Center",
                  "415 Summer St, Boston, MA 02210", "Boston")
    ks = _venue(s, m, "Kendall Square Innovation Hub", "1 Broadway, Cambridge, MA 02142",
                "Cambridge")
    s.flush()
    tz = m.timezone
    d = [m.start_date + dt.timedelta(days=i) for i in range(4)]
    for day, start, end, kind, title, venue in (
        (d[0], "09:00", "17:00", "conference", "BIO convention — opening day", bcec),
        (d[1], "09:00", "12:00", "b2b", "One-to-one partnering", bcec),
        (d[1], "15:00", "17:30", "site_visit", "Kendall Square start-ups", ks),
        (d[2], "10:00", "12:00", "site_visit", "Harborview Medical Center innovation office",
         None),
        (d[3], "09:00", "10:00", "conference", "Debriefing breakfast", bcec),
    ):
        s.add(AgendaItem(id=uuid7(), scope=m.scope, mission_id=m.id,
                         venue_id=venue.id if venue else None, kind=kind, title=title,
                         starts_at=_at(day, start, tz), ends_at=_at(day, end, tz), timezone=tz,
                         slot_minutes=30 if kind == "b2b" else None,
                         table_count=20 if kind == "b2b" else None))


def _meetings(s: Session, rng: random.Random, m: Mission,
              smes: list[tuple[Organisation, list[Person]]],
              foreign: list[tuple[Organisation, Person]], venues: dict[str, Venue]) -> None:
    tz = m.timezone
    day = m.start_date + dt.timedelta(days=1)
    slot = 0
    for org, delegates in smes:
        targets = rng.sample(foreign, 3)
        for priority, (f_org, contact) in zip((3, 2, 1), targets, strict=True):
            req = MeetingRequest(id=uuid7(), scope=m.scope, mission_id=m.id,
                                 requester_person_id=delegates[0].id,
                                 requester_organisation_id=org.id,
                                 target_organisation_id=f_org.id, target_person_id=contact.id,
                                 priority=priority, status="accepted")
            s.add(req)
            if priority == 1 and rng.random() < 0.5:
                continue  # still waiting for the scheduler
            start = _at(day, "09:00", tz) + dt.timedelta(minutes=30 * (slot % 7))
            slot += 1
            meeting = Meeting(id=uuid7(), scope=m.scope, mission_id=m.id, request_id=req.id,
                              venue_id=venues["kc"].id,
                              title=f"{org.name} × {f_org.name}",
                              starts_at=start, ends_at=start + dt.timedelta(minutes=30),
                              timezone=tz, table_number=1 + slot % 30, status="published",
                              interpreter_needed=f_org.country in ("JP", "CN", "KR")
                              and rng.random() < 0.4)
            if meeting.interpreter_needed:  # in the partner's language
                meeting.interpreter_language = main_language(f_org.country)
            s.add(meeting)
            s.add(MeetingParticipant(id=uuid7(), scope=m.scope, meeting_id=meeting.id,
                                     person_id=delegates[0].id, side="delegation"))
            s.add(MeetingParticipant(id=uuid7(), scope=m.scope, meeting_id=meeting.id,
                                     person_id=contact.id, side="guest"))


def _seed_agenda_conflicts(s: Session, m: Mission,
                           smes: list[tuple[Organisation, list[Person]]],
                           foreign: list[tuple[Organisation, Person]],
                           venues: dict[str, Venue]) -> None:
    """Two things a leader must see flagged: a late arrival and a meeting too soon after Kobe."""
    s.flush()
    tz = m.timezone
    late = smes[0][1][0]  # has the first 09:00 meeting of the B2B day
    entry = s.scalars(select(RosterEntry).where(RosterEntry.mission_id == m.id,
                                                RosterEntry.person_id == late.id)).one()
    entry.arrival_flight = "JL416 (delayed)"
    entry.arrival_at = _at(m.start_date + dt.timedelta(days=1), "10:05", tz)
    org, delegates = smes[3]
    f_org, contact = foreign[1]
    day = m.start_date + dt.timedelta(days=2)
    start = _at(day, "17:15", tz)
    meeting = Meeting(id=uuid7(), scope=m.scope, mission_id=m.id, venue_id=venues["kc"].id,
                      title=f"{org.name} × {f_org.name} (evening follow-up)", starts_at=start,
                      ends_at=start + dt.timedelta(minutes=45), timezone=tz, status="published",
                      locked=True)
    s.add(meeting)
    s.add(MeetingParticipant(id=uuid7(), scope=m.scope, meeting_id=meeting.id,
                             person_id=delegates[0].id, side="delegation"))
    s.add(MeetingParticipant(id=uuid7(), scope=m.scope, meeting_id=meeting.id,
                             person_id=contact.id, side="guest"))


def _leads(s: Session, rng: random.Random, m: Mission,
           smes: list[tuple[Organisation, list[Person]]],
           foreign: list[tuple[Organisation, Person]]) -> None:
    notes = [
        "Interested in a distribution agreement for Japan; send the product sheet.",
        "Wants pilot data before the summer; follow up with the CSO.",
        "Met at the reception; looking for European clinical partners.",
        "Potential licensing of the assay; NDA first.",
        "Asked for a visit to our lab in the autumn.",
    ]
    for org, delegates in smes:
        for f_org, contact in rng.sample(foreign, 3):
            visibility = rng.choices(["private", "delegation", "network"], [5, 3, 2])[0]
            scope = {"private": org_scope(org.id), "delegation": m.scope,
                     "network": NETWORK}[visibility]
            lead = Lead(id=uuid7(), scope=scope, person_id=contact.id, organisation_id=f_org.id,
                        mission_id=m.id, owner_organisation_id=org.id,
                        captured_by_person_id=delegates[0].id, visibility=visibility,
                        role=contact.job_title, rating=rng.randint(1, 5),
                        tags=rng.sample(["distribution", "licensing", "R&D", "investor",
                                         "clinical"], 2),
                        notes=rng.choice(notes), next_action="Send follow-up e-mail",
                        next_action_due=m.end_date + dt.timedelta(days=rng.randint(3, 21)),
                        source=rng.choice(["typed", "vcard", "qr"]))
            s.add(lead)
            s.add(Consent(id=uuid7(), scope=scope, person_id=contact.id, lead_id=lead.id,
                          basis="consent", given_at=dt.datetime.now(UTC),
                          wording_version="2026-1"))


# The same foreign contacts captured again by other SMEs, in the forms people really type:
# (index in FOREIGN, SME index, name, native name, romanised name, e-mails, phones, messaging,
#  job title, organisation variant index or None)
_DUPLICATE_PEOPLE: list[tuple[int, int, str, str | None, str | None, list[str], str, dict[str, str],
                              str | None, int | None]] = [
    (0, 1, "Dr. Yamada Taro", None, "Yamada Taro", ["taro.yamada@gmail.example"], "national",
     {}, "Director, Business Development", 3),
    (0, 4, "山田太郎", "山田太郎", None, [], "e164", {"line": "yamada.taro"}, None, None),
    (0, 7, "T. Yamada", None, "T. Yamada", ["yamada@kansai-med.example"], "", {}, "BD Director",
     None),
    (1, 2, "Hanako Sato", None, "Hanako Sato", ["sato@naniwa-dd.example"], "", {}, None, None),
    (1, 9, "佐藤 花子", "佐藤花子", None, [], "national", {}, "Licensing", None),
    (10, 5, "Wei Wang", None, "Wei Wang", ["wang@sh-bic.example"], "",
     {"wechat": "wangwei_shbic"}, "Director", None),
    (10, 11, "王伟", "王伟", None, ["wangwei@163.example"], "", {"wechat": "wangwei_shbic"}, None,
     None),
    (15, 3, "Minjun Kim", None, "Minjun Kim", [], "national", {}, "Partnering", None),
    (15, 8, "김민준", "김민준", None, ["kim@seoulbiotech.example"], "", {"kakaotalk": "minjun.k"},
     None, None),
]

# Organisation variants: (name, native, website, country, city, variant of FOREIGN index or None)
_DUPLICATE_ORGS: list[tuple[str, str | None, str | None, str, str, int | None]] = [
    ("Meeting Mojo, Inc.", None, "https://www.meetingmojo.example", "US", "Boston", None),
    ("Meeting Mojo Inc", None, None, "US", "Boston", None),
    ("MeetingMojo", None, "meetingmojo.example", "US", "Boston", None),
    ("Kansai-Medical K.K.", "関西メディカル", None, "JP", "Osaka", 0),
]


def _seed_duplicates(s: Session, m: Mission, smes: list[tuple[Organisation, list[Person]]],
                     foreign: list[tuple[Organisation, Person]]) -> None:
    """Realistic duplicates for the coordinator's merge queue: the same contacts captured by
    several SMEs (native script, romanised, initials, with or without +81, private e-mails),
    and organisation names written several ways."""
    now = dt.datetime.now(UTC).replace(microsecond=0)
    orgs: list[Organisation] = []
    for i, (name, native, website, country, city, _variant) in enumerate(_DUPLICATE_ORGS):
        # "foreign_partner": the kind lead capture gives a company met abroad.
        org = add_organisation(s, OrganisationInput(
            name=name, name_native=native or "", kind="foreign_partner", country=country,
            city=city, website=website or "",
            sector_tags=("events",) if "Mojo" in name else ("medtech",)), created_by=None,
            created_at=now - dt.timedelta(days=20 - i))
        orgs.append(org)
    for k, (fi, si, name, native, roman, emails, phone, messaging, title,
            org_variant) in enumerate(_DUPLICATE_PEOPLE):
        f_org, original = foreign[fi]
        e164 = original.phones[0]
        phones = {"e164": [e164], "national": [_national(e164)], "": []}[phone]
        sme, delegates = smes[si]
        person = Person(id=uuid7(), scope=NETWORK,
                        organisation_id=orgs[org_variant].id if org_variant else f_org.id,
                        name=name, name_native=native, name_romanised=roman, job_title=title,
                        emails=emails, phones=phones, messaging=messaging,
                        country=original.country, created_at=now - dt.timedelta(days=10 - k))
        s.add(person)
        scope = org_scope(sme.id) if k % 2 == 0 else m.scope
        lead = Lead(id=uuid7(), scope=scope, person_id=person.id, organisation_id=f_org.id,
                    mission_id=m.id, owner_organisation_id=sme.id,
                    captured_by_person_id=delegates[0].id,
                    visibility="private" if k % 2 == 0 else "delegation", role=title,
                    rating=3 + k % 3, tags=["partnering"], notes="Met at the partnering desk.",
                    source="vcard" if emails else "typed",
                    created_at=now - dt.timedelta(days=10 - k))
        s.add(lead)
        s.add(Consent(id=uuid7(), scope=scope, person_id=person.id, lead_id=lead.id,
                      basis="consent", given_at=lead.created_at, wording_version="2026-1"))
    # Someone from Meeting Mojo, met twice, filed under two spellings of the company.
    for k, org in enumerate(orgs[:2]):
        s.add(Person(id=uuid7(), scope=NETWORK, organisation_id=org.id,
                     name=("Rachel Green", "Rachel Greene")[k],
                     emails=["rachel@meetingmojo.example"] if k == 0 else [],
                     phones=["+16175550142"] if k == 1 else ["+1 617 555 0142"],
                     country="US", created_at=now - dt.timedelta(days=3 - k)))


def _national(e164: str) -> str:
    """A Japanese or Korean E.164 number as typed at home: 090-1234-5678, no +81."""
    national = "0" + e164[3:]
    return f"{national[:3]}-{national[3:7]}-{national[7:]}"


# -- Outcomes: two past missions with meeting outcomes, follow-ups, agreements and MoUs -------

# (name, kind, country, cities, days before today it started, zone, lead cluster index,
#  SME indexes, staff index, foreign slice)
PAST_MISSIONS = [
    ("Shanghai & Suzhou Discovery Trip", "discovery_trip", "CN", ["Shanghai", "Suzhou"], 400,
     "Asia/Shanghai", 1, [4, 5, 6, 7, 8, 9], 1, (10, 15)),
    ("Seoul Bio Partnering Week", "partnering_event", "KR", ["Seoul", "Daejeon"], 160,
     "Asia/Seoul", 3, [0, 2, 3, 10, 11, 12, 13, 14], 3, (15, 20)),
]

# (past mission index, SME agreement kind, title pattern)
SME_AGREEMENTS = [
    (0, "nda", "Mutual NDA"), (0, "distribution", "Distribution in China"),
    (0, "rnd", "Joint cell-therapy process development"), (0, "licensing", "Assay licence"),
    (1, "nda", "Mutual NDA"), (1, "licensing", "Licence for Korea"),
    (1, "distribution", "Distribution in Korea"), (1, "rnd", "R&D collaboration"),
    (1, "other", "Clinical evaluation agreement"),
]


def _seed_outcomes(s: Session, rng: random.Random, today: dt.date,
                   clusters: list[Organisation],
                   smes: list[tuple[Organisation, list[Person]]],
                   staff: list[tuple[Person, int, str]],
                   foreign: list[tuple[Organisation, Person]]) -> None:
    """Past missions whose meetings were held, rated, followed up and turned into agreements,
    plus cluster MoUs, so the dashboard and the funder report show real figures."""
    past: list[tuple[Mission, list[Meeting]]] = []
    for (name, kind, country, cities, ago, zone, lead_ix, sme_idx, staff_idx,
         (lo, hi)) in PAST_MISSIONS:
        start = today - dt.timedelta(days=ago)
        mission = Mission(id=uuid7(), name=name, kind=kind, country=country, cities=cities,
                          start_date=start, end_date=start + dt.timedelta(days=3), timezone=zone,
                          home_timezone="Europe/Paris", lead_cluster_id=clusters[lead_ix].id,
                          status="closed",
                          description=f"{name}: B2B meetings, site visits and a cluster MoU.")
        mission.scope = mission_scope(mission.id)
        s.add(mission)
        s.flush()
        delegation = [smes[i] for i in sme_idx]
        _roster(s, rng, mission, delegation, staff, [staff_idx])
        venue = _venue(s, mission, f"{cities[0]} Convention Centre", cities[0], cities[0])
        s.flush()
        _meetings(s, rng, mission, delegation, foreign[lo:hi], {"kc": venue})
        s.flush()
        meetings = list(s.scalars(select(Meeting).where(Meeting.mission_id == mission.id)
                                  .order_by(Meeting.starts_at, Meeting.table_number)))
        past.append((mission, meetings))
    # Their gateway partners: the Shanghai centre and the Daejeon cluster foundation.
    for (mission, _held), partner in zip(past, (foreign[10][0], foreign[17][0]),
                                          strict=True):
        s.add(MissionPartner(id=uuid7(), scope=mission.scope, mission_id=mission.id,
                             organisation_id=partner.id, role="gateway"))

    requests = {r.id: r for r in s.scalars(select(MeetingRequest))}
    held_by_mission: list[list[tuple[Meeting, Lead]]] = []
    for mission, meetings in past:
        held: list[tuple[Meeting, Lead]] = []
        for meeting in meetings:
            meeting.outcome = rng.choices(["held", "no_show", "rescheduled"], [8, 1, 1])[0]
            if meeting.outcome != "held":
                continue
            meeting.rating = rng.choices([2, 3, 4, 5], [1, 3, 4, 2])[0]
            request = requests[meeting.request_id or ""]
            contact_id = request.target_person_id
            owner = request.requester_organisation_id
            lead = Lead(id=uuid7(), scope=org_scope(owner or ""), person_id=contact_id,
                        organisation_id=request.target_organisation_id,
                        mission_id=mission.id, meeting_id=meeting.id,
                        owner_organisation_id=owner,
                        captured_by_person_id=request.requester_person_id,
                        visibility="private", rating=max(1, min(5, meeting.rating
                                                                + rng.choice([-1, 0, 0, 1]))),
                        tags=["B2B"], notes="Met at the B2B session.",
                        next_action="Send the follow-up pack", source="typed",
                        created_at=meeting.starts_at)
            s.add(lead)
            held.append((meeting, lead))
        held_by_mission.append(held)
    s.flush()

    # Agreements come from the best-rated meetings, signed a few weeks to months later.
    agreed: set[str] = set()
    orgs = {o.id: o for o in s.scalars(select(Organisation))}
    for n, (mi, kind, title) in enumerate(SME_AGREEMENTS):
        mission = past[mi][0]
        candidates = sorted((h for h in held_by_mission[mi] if h[0].id not in agreed),
                            key=lambda h: (-(h[0].rating or 0), h[0].starts_at))
        if not candidates:
            continue
        meeting, lead = candidates[0]
        agreed.add(meeting.id)
        request = requests[meeting.request_id or ""]
        sme = orgs[request.requester_organisation_id or ""]
        partner = orgs[request.target_organisation_id or ""]
        signed = mission.end_date + dt.timedelta(days=30 + 17 * n)
        status = "signed" if signed <= today - dt.timedelta(days=5) else "negotiating"
        agreement = _agreement(
            s, mission, kind, f"{title}: {sme.name} – {partner.name}", status,
            signed if status == "signed" else None, [(sme.id, "sme"), (partner.id, "partner")],
            notes="Came from the B2B meeting; follow-up call led by the SME.")
        s.add(AgreementLink(id=uuid7(), scope=mission.scope, agreement_id=agreement.id,
                            meeting_id=meeting.id))
        s.add(AgreementLink(id=uuid7(), scope=mission.scope, agreement_id=agreement.id,
                            lead_id=lead.id))

    # Cluster MoUs with foreign partners (one still being negotiated).
    shanghai, seoul = past[0][0], past[1][0]
    mous = [
        (shanghai, "mou", clusters[1], foreign[10][0], shanghai.end_date, "signed"),
        (seoul, "mou", clusters[3], foreign[17][0], seoul.end_date, "signed"),
        (seoul, "cooperation", clusters[0], foreign[15][0],
         seoul.end_date + dt.timedelta(days=45), "signed"),
        (None, "cooperation", clusters[0], foreign[2][0], today - dt.timedelta(days=250),
         "active"),
        (None, "mou", clusters[2], foreign[29][0], None, "negotiating"),
    ]
    for mou_mission, kind, cluster, partner, signed_on, status in mous:
        label = "Memorandum of understanding" if kind == "mou" else "Cooperation agreement"
        agreement = _agreement(s, mou_mission, kind, f"{label}: {cluster.name} – {partner.name}",
                               status, signed_on, [(cluster.id, "cluster"),
                                                   (partner.id, "partner")],
                               notes="Exchange of delegations, joint calls and a shared "
                                     "contact point.")
        if mou_mission is shanghai:
            text = (f"{label} between {cluster.name} and {partner.name} "
                    f"({partner.name_native}). Signed {signed_on}.\n").encode()
            s.add(Attachment(id=uuid7(), scope=agreement.scope, owner_table="agreements",
                             owner_id=agreement.id, filename="mou-summary.txt",
                             mime_type="text/plain", sha256=hashlib.sha256(text).hexdigest(),
                             size=len(text), data=text))

    # Follow-ups: rated right after the meeting, and again months later when that is due.
    for mission, held in zip((p[0] for p in past), held_by_mission, strict=True):
        for meeting, _lead in held:
            day = meeting.starts_at.date()
            first = rng.choices(["in_contact", "negotiation", "nothing"], [4, 3, 2])[0]
            s.add(FollowUp(id=uuid7(), scope=mission.scope, meeting_id=meeting.id,
                           kind="after_meeting", due_date=day + dt.timedelta(days=7),
                           done_at=meeting.starts_at + dt.timedelta(days=rng.randint(2, 9)),
                           outcome=first, rating=meeting.rating,
                           notes="Sent the product sheet and a call proposal."))
            due = day + dt.timedelta(days=120)
            later = FollowUp(id=uuid7(), scope=mission.scope, meeting_id=meeting.id,
                             kind="months_later", due_date=due)
            if due <= today and (meeting.id in agreed or rng.random() < 0.7):
                later.done_at = meeting.starts_at + dt.timedelta(days=rng.randint(110, 130))
                later.outcome = ("agreement" if meeting.id in agreed
                                 else rng.choice(["negotiation", "nothing", "in_contact"]))
                later.rating = 5 if meeting.id in agreed else rng.randint(1, 4)
            s.add(later)


def _agreement(s: Session, mission: Mission | None, kind: str, title: str, status: str,
               signed_on: dt.date | None, parties: list[tuple[str, str]],
               notes: str) -> Agreement:
    scope = mission.scope if mission is not None else NETWORK
    agreement = Agreement(id=uuid7(), scope=scope, kind=kind, title=title, status=status,
                          signed_on=signed_on, mission_id=mission.id if mission else None,
                          notes=notes)
    s.add(agreement)
    for org_id, role in parties:
        s.add(AgreementParty(id=uuid7(), scope=scope, agreement_id=agreement.id,
                             organisation_id=org_id, role=role))
    return agreement


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded if ch.isalnum() or ch in ".-") or "contact"


def _home_language(country: str) -> str:
    return {"FR": "fr", "ES": "es", "DE": "de", "IT": "it"}.get(country, "en")


def _eu_phone(rng: random.Random, country: str) -> str:
    prefix = {"FR": "+336", "ES": "+346", "DE": "+49151", "IT": "+39347"}.get(country, "+336")
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(8 if len(prefix) < 6 else 7))


def _foreign_phone(rng: random.Random, country: str) -> str:
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    return {
        "JP": "+8190" + digits, "CN": "+86138" + digits, "KR": "+8210" + digits,
        "BR": "+55119" + digits, "US": "+1617555" + digits[:4], "CA": "+1416555" + digits[:4],
        "AU": "+614" + digits, "TW": "+8869" + digits, "SG": "+659" + digits[:7],
    }.get(country, "+1617555" + digits[:4])
