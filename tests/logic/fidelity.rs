//! The council's documents say what the letters they replace say, and
//! nothing else: every statement of Bijlage 1 is in the Bijlage the app
//! makes, every figure in the three PDFs is one the sources give (or one
//! worked out from them), and the Overvecht monitor holds only Overvecht.

use chrono::NaiveDate;
use wijkdashboard::model::view::Derived;
use wijkdashboard::model::{Dataset, OVERVECHT, budget_years, period_totals};
use wijkdashboard::publish::{
    DocumentKind, DocumentOptions, HandoutPage, compose, handout_pdf, pdf_bytes,
};
use wijkdashboard::store::default_dataset;

fn options() -> DocumentOptions {
    DocumentOptions::new(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap())
}

fn seed(file: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/data/sources/{file}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Text as one line of words: curly quotes straight, typst's soft hyphens
/// at line ends joined again, any run of white space one space.
fn normalised(text: &str) -> String {
    let mut joined = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{ad}' => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            '’' | '‘' => joined.push('\''),
            '”' | '“' => joined.push('"'),
            c => joined.push(c),
        }
    }
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a document says, block by block as it is printed ("Leden: bijna
/// 200", a table row by row).
fn doc_text(doc: &wijkdashboard::publish::Doc) -> String {
    use wijkdashboard::publish::Block;
    let mut parts = vec![doc.title.clone(), doc.subtitle.clone()];
    for block in &doc.blocks {
        match block {
            Block::Heading { text, .. } | Block::Paragraph(text) => parts.push(text.clone()),
            Block::Fact { label, value } => parts.push(format!("{label}: {value}")),
            Block::Bullets(items) => parts.extend(items.iter().cloned()),
            Block::Table(table) => {
                parts.push(table.header.join(" "));
                parts.extend(table.rows.iter().map(|row| row.join(" ")));
            }
            Block::Figure(figure) => parts.extend([figure.alt.clone(), figure.caption.clone()]),
        }
    }
    normalised(&parts.join(" "))
}

fn pdf_text(pdf: &[u8]) -> String {
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    normalised(&document.extract_text(&pages).unwrap())
}

/// Every sentence of Bijlage 1's wijk sections (after the overview table),
/// each mapped to words of the Bijlage that say it, reworded where that
/// reads better: (a piece of the seed's sentence, what the Bijlage says).
const STATEMENTS: &[(&str, &str)] = &[
    // Leidsche Rijn
    (
        "is een aantal dialogen georganiseerd",
        "In Leidsche Rijn is een aantal dialogen georganiseerd",
    ),
    (
        "Indekerngezond heeft aangegeven deze functie eigenlijk al te vervullen",
        "heeft aangegeven deze functie eigenlijk al te vervullen",
    ),
    (
        "Zij zijn een ontmoetingsplek opgezet",
        "Ontmoetingsplek voor en door bewoners uit de wijk",
    ),
    (
        "op 10 juni is samen georganiseerd met Netwerk X",
        "10 juni 2024: Eerste bijeenkomst van het wijkplatform, samen met Netwerk X",
    ),
    (
        "Hier waren ruim 40 actieve bewoners bij aanwezig",
        "ruim 40 actieve bewoners",
    ),
    (
        "De trekkers van het wijkplatform zijn enthousiast",
        "de trekkers zijn enthousiast om de wijkplatformfunctie op te pakken",
    ),
    ("in hun kracht zetten", "in hun kracht"),
    ("top-of-mind", "top-of-mind"),
    (
        "faciliterende en communicatieve rol",
        "faciliterende en communicatieve rol",
    ),
    // Vleuten-De Meern
    (
        "hard gewerkt aan het verkennen van de behoefte",
        "Nog geen wijkplatform, wel verkennende gesprekken met bewoners uit verschillende buurten",
    ),
    (
        "Allereerst zijn er verschillende gesprekken gevoerd",
        "Er zijn verschillende gesprekken gevoerd met actieve bewoners",
    ),
    (
        "betrokken geweest bij de wijkraad",
        "betrokken bij de wijkraad en gaven ideeën en adviezen mee",
    ),
    ("die 118 keer is ingevuld", "118 keer"),
    ("Daarbij gaven 94 respondenten", "94 respondenten"),
    ("Voor 45 respondenten", "45 respondenten"),
    ("Daarnaast gaven 17 mensen aan", "17 mensen"),
    (
        "Op woensdag 26 juni 2024 is een vervolgbijeenkomst",
        "26 juni 2024: Vervolgbijeenkomst met de 17 bewoners",
    ),
    (
        "afkomstig uit de verschillende buurten zoals Vleuten",
        "Genoemde buurten: Vleuten, Vleuterweide, Haarzuilens, De Meern",
    ),
    (
        "Het was een prettige, productieve bijeenkomst",
        "De vervolgbijeenkomst was prettig en productief",
    ),
    (
        "Er is stilgestaan bij sentimenten uit het verleden",
        "stilgestaan bij sentimenten uit het verleden",
    ),
    (
        "Er is gesproken over hoe een wijkplatform",
        "hoe een wijkplatform in Vleuten-De Meern eruit zou kunnen zien",
    ),
    (
        "Ook zijn eerste ideeën opgehaald over de thema",
        "Genoemde thema's",
    ),
    (
        "Thema's die werden benoemd zijn",
        "verkeer, de relatie met de gemeente, activiteiten en voorzieningen, groenkwaliteit en sociale cohesie",
    ),
    ("Belangrijke bevindingen van de avond", "Bevinding:"),
    (
        "De wijk is te divers en groot",
        "te divers en groot voor één bewonersgroep",
    ),
    (
        "Idealiter brengt een wijkplatform",
        "idealiter brengt een wijkplatform verschillende bewonersgroepen met elkaar in contact",
    ),
    (
        "ook meerdere wijkplatforms voor het gebied",
        "meerdere wijkplatforms voor het gebied zijn denkbaar",
    ),
    (
        "leren van bestaande bewonersgroepen",
        "te leren van bestaande bewonersgroepen",
    ),
    (
        "Thema gebaseerde bewonersgroepen",
        "themagebaseerde bewonersgroepen",
    ),
    (
        "het Wijkbureau voorlopig de regie pakt",
        "het wijkbureau voorlopig de regie pakt",
    ),
    (
        "Als concrete vervolgstap",
        "Vervolgstap: een vervolgbijeenkomst over het doel van het wijkplatform",
    ),
    (
        "met drie enthousiaste bewoners",
        "het wijkbureau bereidt die voor met drie bewoners",
    ),
    // Oost
    (
        "heeft de Wijkcoöperatie Oost voor Elkaar de functie van wijkplatform",
        "Wijkcoöperatie Oost voor Elkaar",
    ),
    (
        "stevig gevestigd met een Algemene Leden Vergadering",
        "Stevig gevestigd met een Algemene Leden Vergadering",
    ),
    ("Ze heeft bijna 200 leden", "Leden: bijna 200"),
    (
        "Vier keer per week zijn er inloopspreekuren",
        "Inloopspreekuren vier keer per week op drie buurtlocaties",
    ),
    (
        "organiseert elk jaar verschillende wijk- en buurtbijeenkomsten",
        "Elk jaar wijk- en buurtbijeenkomsten",
    ),
    (
        "In juni is er een wijkdialoog georganiseerd",
        "Wijkdialoog 'Hoe maken we samen Oudwijk nog leuker?' met zo'n 25 bewoners",
    ),
    (
        "Zo'n 25 bewoners zijn met elkaar in gesprek gegaan",
        "met zo'n 25 bewoners",
    ),
    (
        "Dit heeft gezorgd voor nieuwe initiatieven",
        "leidde tot nieuwe initiatieven",
    ),
    (
        "fungeert Oost voor Elkaar ook als wijkinformatiepunt",
        "Wijkinformatiepunt; coördineert de samenwerking",
    ),
    (
        "verkennende gesprekken gevoerd over een wijkbudget",
        "Plannen voor een wijkbudget",
    ),
    (
        "De plannen liggen momenteel in de ijskast",
        "liggen in de ijskast, mede vanwege de financiering",
    ),
    (
        "meerjarige subsidieregeling voor wijkbedrijven",
        "meerjarige subsidieregeling voor wijkbedrijven",
    ),
    // Noordoost
    (
        "de behoefte aangegeven voor een ondersteuner",
        "om zich door te ontwikkelen, leden te activeren en werkgroepen goed te organiseren",
    ),
    (
        "Het wijkplatform heeft iemand gevonden",
        "Een ondersteuner (via het Initiatievenfonds)",
    ),
    (
        "De ondersteuner heeft vooral op administratieve taken",
        "hielp met administratie en de organisatie van activiteiten",
    ),
    (
        "een groot debat georganiseerd in het Griftpark",
        "Groot debat in het Griftpark",
    ),
    (
        "In een evaluerend gesprek is geconcludeerd",
        "In een evaluerend gesprek is geconcludeerd dat de ondersteuner veel structuur bracht",
    ),
    (
        "Begin 2024 is de voorzitter van het wijkplatform gestopt",
        "begin 2024: De voorzitter van het wijkplatform stopt",
    ),
    (
        "hoge verwachtingen die hij ervaarde",
        "hoge verwachtingen die hij ervoer vanuit gemeenteraad en college",
    ),
    (
        "Dit signaal nemen we serieus",
        "Gesprek met de gestopte voorzitter over de ervaren verwachtingen",
    ),
    (
        "zoekende geweest naar hun voortbestaan",
        "zocht het wijkplatform naar zijn voortbestaan",
    ),
    (
        "Diverse bestuursleden hadden hun taken neergelegd",
        "Diverse bestuursleden legden hun taken neer",
    ),
    (
        "Er is gezocht naar een nieuwe vorm",
        "met een nieuw bestuur of onder de vlag van een andere organisatie in de wijk",
    ),
    (
        "In juli heeft de themagroep Verkeer afscheid genomen",
        "De themagroep Verkeer neemt afscheid en sluit zich aan bij Wijkcoöperatie Griftstroom",
    ),
    (
        "Eind juli werd bekend",
        "eind juli 2024: Bekend wordt dat de vereniging Wijkplatform Noordoost wordt opgeheven",
    ),
    (
        "Het wijkbureau is nauw betrokken bij dit proces",
        "Het wijkbureau is nauw betrokken bij het opheffen",
    ),
    (
        "Zij hebben een groot netwerk",
        "Groot netwerk; zet zich in voor groen, energietransitie en sociale initiatieven",
    ),
    // West
    (
        "een doorstart gemaakt met een kleine, maar enthousiaste kerngroep",
        "Doorstart na een minder actieve periode, met een kleine maar enthousiaste kerngroep",
    ),
    (
        "Ze organiseren verschillende bijeenkomsten in de wijk",
        "initiatieven van bewoners en (sociaal) ondernemers aan zich te binden",
    ),
    (
        "in het teken van 'Ontmoeten en verbinden'",
        "'Ontmoeten en verbinden'",
    ),
    (
        "wil vraagstukken uit de buurten met de gemeente in verbinding brengen",
        "Wil vraagstukken uit de buurten met de gemeente in verbinding brengen",
    ),
    (
        "De eerste bijeenkomst van het jaar was een succes",
        "De eerste bijeenkomst van het jaar was een succes",
    ),
    (
        "Ook de laatste bijeenkomst was drukbezocht",
        "ging over hoe wijk en gemeente samen de stad maken",
    ),
    (
        "Veel ambtenaren die actief zijn in de wijk",
        "met veel ambtenaren van volksgezondheid tot veiligheid",
    ),
    (
        "Daarnaast lagen er kaarten",
        "op kaarten konden bewoners een vraag schrijven",
    ),
    (
        "De avond maakte bij sommige bewoners veel emoties los",
        "veel emoties los over gemeentelijk beleid",
    ),
    (
        "wil een onafhankelijke schakel zijn",
        "Wil een onafhankelijke schakel zijn tussen gemeente en bewoners",
    ),
    (
        "wil echter geen politiek orgaan zijn",
        "geen politiek orgaan zijn",
    ),
    (
        "Het faciliteert het contact tussen bewoners en gemeente",
        "besluitvorming door de gemeente(raad) verbeteren",
    ),
    (
        "Naar de mening van de kerngroep",
        "Kan volgens de kerngroep vooral bijdragen",
    ),
    (
        "Bij de start van een besluitvormingsproces",
        "bij de start van een besluitvormingsproces over wijkaangelegenheden",
    ),
    (
        "vraagt de bewoners mee te denken",
        "door bewoners te vragen mee te denken over factoren, belangen en ervaringen",
    ),
    (
        "Bij de evaluatie van uitgevoerde plannen",
        "bij de evaluatie van uitgevoerde plannen en maatregelen",
    ),
    (
        "behoefte aan een bredere groep betrokken wijkbewoners",
        "Een bredere groep betrokken wijkbewoners",
    ),
    (
        "Communicatie (via de website, nieuwsbrieven, etc.)",
        "Communicatie (website, nieuwsbrieven) heeft prioriteit",
    ),
    (
        "Het wijkbureau helpt daarbij in de communicatie",
        "het wijkbureau helpt met communicatie en zichtbaarheid",
    ),
    // Overvecht
    (
        "Wijkplatform Overvecht kent een grote groep",
        "Meerdere drukbezochte bijeenkomsten per jaar",
    ),
    (
        "onderzoek laten doen naar de woonwensen",
        "Liet in 2023 onderzoek doen naar de woonwensen van de Overvechter",
    ),
    (
        "In een volle zaal in Biercafé Oproer",
        "december 2023: Resultaten van het woonwensenonderzoek besproken in een volle zaal in Biercafé Oproer",
    ),
    (
        "ook Utrechtse raadsleden en de wijkwethouder aanwezig",
        "met raadsleden en de wijkwethouder",
    ),
    (
        "een advies gegeven voor de omgevingsvisie",
        "Gaf een advies voor de omgevingsvisie",
    ),
    (
        "een dialoogavond met woningcorporaties",
        "april 2024: Dialoogavond met woningcorporaties",
    ),
    (
        "ongeveer 600 bewoners en 600 professionals",
        "ongeveer 600 professionals op de mailinglijst",
    ),
    ("is officieel een vereniging", "Rechtsvorm: vereniging"),
    (
        "Een van de meest actieve en ervaren bestuursleden",
        "een van de meest actieve bestuursleden is gestopt",
    ),
    (
        "zijn rol maximaal een jaar te vervullen",
        "de voorzitter blijft maximaal een jaar",
    ),
    (
        "de continuering van het bestuur",
        "Continuïteit van het bestuur",
    ),
    (
        "Op 1 juli is er een nieuwe secretaris gestart",
        "1 juli 2024: Een nieuwe secretaris is gestart",
    ),
    (
        "Er wordt druk gezocht naar een penningmeester",
        "Een penningmeester vinden, en een voorzitter vanaf 2025",
    ),
    (
        "bezig met het bouwen van structuren",
        "zodat kennis minder van personen afhangt",
    ),
    (
        "Zo zijn er verschillende werkgroepen gestart",
        "Werkgroepen gestart",
    ),
    (
        "samen met het bewonersplatform Overvecht",
        "Werkt al jaren samen met het bewonersplatform Overvecht",
    ),
    (
        "maakt voor hun activiteiten gebruik van het Initiatievenfonds",
        "Ontvangt het standaard ondersteuningsbudget (€ 5.300)",
    ),
    (
        "behoefte aan structureel extra financiering",
        "Structureel extra financiering",
    ),
    (
        "Op dit moment is de financiering",
        "in combinatie met het Initiatievenfonds is op dit moment voldoende",
    ),
    // Binnenstad
    (
        "Eind 2023 zijn de eerste stappen gezet",
        "eind 2023: Eerste stappen richting de vereniging",
    ),
    (
        "In september 2024 hebben al 200 wijkbewoners",
        "september 2024: 200 wijkbewoners hebben zich aangemeld als lid",
    ),
    (
        "VBBU is zichtbaar via een nieuwe website",
        "Nieuwe website, duizenden flyers, een interview in de Binnenstadskrant",
    ),
    (
        "alles geregeld om als vereniging te werken",
        "Bankrekening, statuten vastgelegd door de ALV",
    ),
    (
        "steeds 2 personen uit elk van de 11 buurten",
        "steeds 2 personen uit elk van de 11 buurten",
    ),
    (
        "Zij vormen de ogen en oren in de wijk",
        "de ogen en oren in de wijk",
    ),
    (
        "Om deze start te kunnen maken",
        "Voor de start is naast de bijdrage voor de wijkplatforms ook het Initiatievenfonds gebruikt",
    ),
    (
        "reguliere gesprekken tussen het wijkbureau en het wijkplatform",
        "Reguliere gesprekken met het wijkbureau",
    ),
    (
        "De VBBU heeft een beleidsplan",
        "Beleidsplan met activiteiten",
    ),
    (
        "betrokken bij de Alliantie en inspreker",
        "betrokken bij de Alliantie; inspreker op raadsinformatiebijeenkomsten",
    ),
    (
        "zoals Centrum Management Utrecht en de Universiteit",
        "zoals Centrum Management Utrecht en de Universiteit",
    ),
    (
        "Het goed positioneren van de bewonersvereniging",
        "Goed positioneren",
    ),
    (
        "een meer diverse doelgroep te vinden",
        "Een meer diverse doelgroep vinden, en jongere wijkbewoners voor het bestuur",
    ),
    (
        "enquête over het thema Bereikbaarheid",
        "Enquête over Bereikbaarheid in het najaar",
    ),
    // Zuidwest
    (
        "In Kanaleneiland is Wijkplatform Kanaleneiland actief",
        "Wijkplatform Kanaleneiland",
    ),
    (
        "De bewoners uit Transwijk zijn door verschillende redenen",
        "De bewoners uit Transwijk zijn niet meer betrokken",
    ),
    (
        "een kleine kerngroep met één persoon als trekker",
        "Kleine kerngroep met één persoon als trekker",
    ),
    (
        "Die kwetsbaarheid is een van de uitdagingen",
        "die kwetsbaarheid is een uitdaging",
    ),
    (
        "Er zijn themabijeenkomsten georganiseerd",
        "Themabijeenkomsten, bijvoorbeeld over armoede in de wijk",
    ),
    (
        "zo'n 50 tot 60 wijkbewoners",
        "ongeveer 50 tot 60 wijkbewoners",
    ),
    (
        "meer aanwas komt bij het wijkplatform zelf",
        "meer aanwas voor het wijkplatform zelf",
    ),
    (
        "In de andere buurten in Zuidwest",
        "In Transwijk, Rivierenwijk en Dichterswijk neemt geen organisatie de wijkplatformfunctie actief op zich",
    ),
    (
        "is momenteel geen organisatie die de wijkplatformfunctie",
        "neemt geen organisatie de wijkplatformfunctie actief op zich",
    ),
    ("dit actief te verkennen", "dit wordt actief verkend"),
    (
        "in september 2023 een Meetup georganiseerd",
        "september 2023: Meetup in Dichterswijk",
    ),
    (
        "Daar is niet een behoefte uitgesproken",
        "die behoefte werd niet uitgesproken",
    ),
    (
        "die elkaar onderling weten te vinden",
        "die elkaar onderling weten te vinden",
    ),
    (
        "Met enkele van die groepen heeft het wijkbureau",
        "met enkele heeft het wijkbureau actief overleg",
    ),
    ("een appgroep waarin zo'n 330 leden", "ongeveer 330 leden"),
    (
        "elke woensdag aan een wijktafel",
        "elke woensdag aan een wijktafel",
    ),
    // Zuid
    (
        "In Lunetten hebben zowel de Wijkcoöperatie Lumineus Lunetten als het Bewoners Overleg",
        "hebben het BOL en Wijkcoöperatie Lumineus Lunetten allebei een wijkplatformfunctie",
    ),
    ("weten elkaar goed te vinden", "weten elkaar goed te vinden"),
    (
        "Het BOL is een actiegerichte stichting",
        "Actiegerichte stichting die al lang bestaat, met een relatief nieuw bestuur",
    ),
    (
        "waar 798 reacties op zijn gekomen",
        "798 reacties op de brede bewonersenquête",
    ),
    (
        "De kennis uit de enquêteresultaten",
        "de resultaten bepalen mede waar het BOL zich voor inzet",
    ),
    (
        "om nieuwe vrijwilligers te trekken",
        "om nieuwe vrijwilligers te trekken en werkgroepen te vormen",
    ),
    (
        "fungeert als platform voor initiatiefnemers",
        "Platform voor initiatiefnemers en activiteiten",
    ),
    (
        "maandelijks een kalender met activiteiten",
        "maandelijks een kalender met activiteiten in Lunetten",
    ),
    (
        "iedere donderdag met het Wijkinformatiepunt",
        "Iedere donderdag het Wijkinformatiepunt (inloopspreekuur) in buurthuis de Musketon",
    ),
    (
        "Het is een kapstok",
        "Kapstok voor organisaties en bewonersgroepen",
    ),
    (
        "Zo worden cabaretvoorstellingen georganiseerd",
        "cabaretvoorstellingen, de warmtetransitie in Lunetten",
    ),
    ("Met het Repair Café Lunetten", "Repair Café Lunetten"),
    (
        "In de andere buurten in Zuid",
        "In Hoograven, Rotsoord, Bokkenbuurt en Tolsteeg is geen wijkplatform actief",
    ),
    (
        "Daar is een vergelijkbare situatie als in Dichterswijk",
        "een situatie als in Dichterswijk",
    ),
    (
        "maar zij hebben niet de behoefte om een wijkplatform te zijn",
        "hebben niet de behoefte een wijkplatform te zijn",
    ),
    (
        "Het wijkbureau is in verbinding met die bewonersgroepen",
        "Het wijkbureau is in verbinding met de bewonersgroepen",
    ),
    (
        "In Hoograven is een wijkplatform actief geweest",
        "In Hoograven was een wijkplatform actief; het is gestopt omdat het te weinig bereikte",
    ),
    (
        "Er was tevens gebrek aan een duidelijk doel",
        "een duidelijk doel ontbrak",
    ),
    // Noordwest
    (
        "afgelopen periode een enorme ontwikkeling meegemaakt",
        "maakte een enorme ontwikkeling door",
    ),
    (
        "Van startend en zoekend wijkplatform",
        "van een startend en zoekend wijkplatform met een kleine groep actieve bewoners naar een grotere groep",
    ),
    (
        "Er is een huishoudelijk regelement vastgesteld",
        "Huishoudelijk reglement vastgesteld",
    ),
    (
        "Er zijn inmiddels verschillende werkgroepen actief",
        "Werkgroepen actief, zoals groen, gezondheid en wonen",
    ),
    (
        "De groepen zijn nog zoekende in hun activiteiten",
        "De werkgroepen zijn nog zoekende in hun activiteiten",
    ),
    (
        "door geregeld aan te sluiten bij overleggen",
        "door geregeld aan te sluiten bij de overleggen",
    ),
    (
        "een sociaal makelaar van DOCK",
        "Een sociaal makelaar van DOCK ondersteunt",
    ),
];

/// The overview table of Bijlage 1: per wijk what the Bijlage's table says.
const OVERVIEW: &[(&str, &str)] = &[
    ("Leidsche Rijn", "Indekerngezond"),
    (
        "Vleuten-De Meern",
        "Nog geen wijkplatform, wel verkennende gesprekken met bewoners uit verschillende buurten",
    ),
    ("Oost", "Oost voor Elkaar"),
    (
        "Noordoost",
        "Wijkplatform gaat stoppen, enkele leden sluiten zich aan bij Wijkcoöperatie",
    ),
    ("West", "Wijkplatform West"),
    ("Overvecht", "Wijkplatform Overvecht"),
    ("Binnenstad", "Vereniging Bewoners Binnenstad Utrecht"),
    (
        "Zuidwest",
        "Wijkplatform Kanaleneiland; in andere buurten geen wijkplatform",
    ),
    ("Zuid", "in andere buurten geen wijkplatform"),
    ("Noordwest", "Wijkplatform Noordwest"),
];

/// The sentences of the seed's wijk sections: after the overview table,
/// split at a full stop before a capital, a digit or a dash, and at the
/// findings' dashes; a bare "2." is no sentence.
fn wijk_sentences(seed: &str) -> Vec<String> {
    let text = normalised(seed);
    let table_end = "Noordwest Wijkplatform Noordwest";
    let body = &text[text.find(table_end).unwrap() + table_end.len()..];
    let mut sentences = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = body.chars().collect();
    for (index, c) in chars.iter().enumerate() {
        current.push(*c);
        let next = chars.get(index + 2).copied().unwrap_or(' ');
        let ends = matches!(c, '.' | '?' | '!' | ':')
            && chars.get(index + 1) == Some(&' ')
            && (next.is_uppercase() || next.is_ascii_digit() || next == '-' || next == '"');
        let dash =
            *c == ' ' && chars.get(index + 1) == Some(&'-') && chars.get(index + 2) == Some(&' ');
        if ends || dash {
            sentences.push(std::mem::take(&mut current));
        }
    }
    sentences.push(current);
    sentences
        .into_iter()
        .map(|s| s.trim().trim_start_matches("- ").to_owned())
        .filter(|s| s.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect()
}

#[test]
fn every_statement_of_bijlage_1_is_in_the_bijlage() {
    let seed = normalised(&seed("000_19bcde1878bb5e27.txt"));
    let data = default_dataset().unwrap();
    let doc = compose(DocumentKind::Bijlage, &data, &options());
    let bijlage = doc_text(&doc);
    // Each statement of the table is a real statement of the seed, and the
    // Bijlage says it.
    for (from_seed, in_bijlage) in STATEMENTS {
        assert!(seed.contains(from_seed), "not in Bijlage 1: {from_seed:?}");
        assert!(
            bijlage.contains(in_bijlage),
            "the Bijlage does not say {in_bijlage:?} (Bijlage 1: {from_seed:?})"
        );
    }
    // And the table leaves no sentence of the seed out.
    let missing: Vec<String> = wijk_sentences(&seed)
        .into_iter()
        .filter(|sentence| !STATEMENTS.iter().any(|(piece, _)| sentence.contains(piece)))
        .collect();
    assert!(
        missing.is_empty(),
        "sentences of Bijlage 1 not in the Bijlage: {missing:#?}"
    );
    // The overview table says what Bijlage 1's table says, wijk by wijk.
    let wijdashboard_table = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            wijkdashboard::publish::Block::Table(t) => Some(t),
            _ => None,
        })
        .unwrap();
    for (wijk, says) in OVERVIEW {
        let row = wijdashboard_table
            .rows
            .iter()
            .find(|row| row[0] == *wijk)
            .unwrap_or_else(|| panic!("{wijk} has a row"));
        assert!(
            row[1].contains(says),
            "{wijk}: {:?} should say {says:?}",
            row[1]
        );
    }
    // No log line repeats its date, no fact stands twice.
    assert!(!bijlage.contains("2024: Begin 2024"), "a repeated date");
    assert_eq!(
        bijlage.matches("11 buurten").count(),
        1,
        "the 11 buurten once"
    );
    assert!(
        !bijlage.contains("Buurten: Oudwijk"),
        "Oost is more than Oudwijk"
    );
}

/// Every number in `text`, as a value: "€ 4.018.000" → 4018000, "3,5%" →
/// 3,5, "2025–2028" → 2025 and 2028. A dot between digits groups
/// thousands, a comma is the decimal sign.
fn numbers(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if !chars[index].is_ascii_digit() {
            index += 1;
            continue;
        }
        let mut digits = String::new();
        while index < chars.len() {
            let c = chars[index];
            let digit_after = chars.get(index + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                digits.push(c);
            } else if c == '.'
                && digit_after
                && chars.get(index + 2).is_some_and(char::is_ascii_digit)
                && chars.get(index + 3).is_some_and(char::is_ascii_digit)
            {
                // thousands
            } else if c == ',' && digit_after {
                digits.push('.');
            } else {
                break;
            }
            index += 1;
        }
        if let Ok(value) = digits.parse::<f64>() {
            found.push(value);
        }
    }
    found
}

/// The figures a document may hold besides those in the sources: what is
/// worked out from them (the structural money after the cut, the period's
/// total, each difference between the wijk and what it is compared with),
/// the budget's years, and the stand's date.
fn worked_out(data: &Dataset) -> Vec<f64> {
    let euros = wijkdashboard::model::format::convert::exact_f64;
    let mut allowed: Vec<f64> = Vec::new();
    for year in budget_years(&data.budget) {
        allowed.extend([
            f64::from(year.year),
            euros(year.structural_eur),
            euros(year.cut_eur),
        ]);
    }
    for total in period_totals(&data.budget) {
        allowed.extend([euros(total.structural_eur), euros(total.total_eur)]);
    }
    for series in Derived::from_data(data, 0).indicators {
        if let Some(gap) = series.gap {
            let difference = ((gap.district - gap.utrecht).abs() * 10.0).round() / 10.0;
            allowed.push(difference);
        }
    }
    allowed.extend([2.0, 12.0, 2026.0]);
    allowed
}

/// What may stand around a figure without being one: page numbers
/// ("Pagina 3 van 11", "deel 2 van 4", "Dia 5 van 17") and ambition
/// numbers ("Ambitie 4").
fn without_counters(text: &str) -> String {
    let mut out = String::new();
    let words: Vec<&str> = text.split(' ').collect();
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        let counter = matches!(word, "Pagina" | "deel" | "Dia" | "Ambitie" | "ambitie")
            && words.get(index + 1).is_some_and(|w| {
                w.trim_end_matches([':', ',', '.'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
            });
        if counter {
            index += 2;
            if words.get(index) == Some(&"van") {
                index += 2;
            }
            continue;
        }
        out.push_str(word);
        out.push(' ');
        index += 1;
    }
    out
}

#[test]
fn every_figure_in_the_pdfs_is_in_the_sources_or_worked_out_from_them() {
    let data = default_dataset().unwrap();
    let derived = Derived::from_data(&data, 0);
    let mut from_sources: Vec<f64> = Vec::new();
    for document in &data.sources {
        from_sources.extend(numbers(&normalised(&seed(&document.file))));
        // "€ 10 miljoen", "€ 4,018.000" (the letter's own typo)
        from_sources.extend([10_000_000.0, 4_018_000.0]);
    }
    let allowed = worked_out(&data);
    let known = |value: f64| {
        from_sources
            .iter()
            .chain(&allowed)
            .any(|v| (v - value).abs() < 1e-6)
    };
    let bijlage = pdf_bytes(&compose(DocumentKind::Bijlage, &data, &options())).unwrap();
    let monitor = pdf_bytes(&compose(DocumentKind::Monitor, &data, &options())).unwrap();
    let voortgang = pdf_bytes(&compose(DocumentKind::Voortgang, &data, &options())).unwrap();
    let picture = wijkdashboard::store::png_bytes(32, 18, vec![230; 32 * 18 * 4]).unwrap();
    let pages: Vec<HandoutPage> = wijkdashboard::model::view::slide_pages::slide_pages(&data, 1.0)
        .iter()
        .map(|page| HandoutPage {
            text: wijkdashboard::model::view::slide_text::slide_text(&data, &derived, page),
            png: picture.clone(),
        })
        .collect();
    let handout = handout_pdf("Dia's", &pages).unwrap();
    for (name, pdf) in [
        ("Bijlage", &bijlage),
        ("monitor", &monitor),
        ("Voortgang", &voortgang),
        ("hand-out", &handout),
    ] {
        let text = without_counters(&pdf_text(pdf));
        let invented: Vec<f64> = numbers(&text).into_iter().filter(|v| !known(*v)).collect();
        assert!(
            invented.is_empty(),
            "figures in the {name} that no source gives: {invented:?}"
        );
        // The Regiodeal is never split evenly, unknown money never € 0.
        for never in [
            "2.500.000",
            "6.518.000",
            "5.799.000",
            "€ 0 ",
            "hier gelijk verdeeld",
        ] {
            assert!(!text.contains(never), "the {name} says {never:?}");
        }
    }
    let monitor_text = pdf_text(&monitor);
    assert!(
        monitor_text.contains("€ 10.000.000 voor 2025–2028"),
        "the Regiodeal as the letter gives it"
    );
    assert!(
        monitor_text.contains("niet bekend"),
        "unknown money is unknown"
    );
}

#[test]
fn the_monitor_holds_only_overvecht_s_figures_and_the_bijlage_the_others() {
    let data = default_dataset().unwrap();
    let monitor = compose(DocumentKind::Monitor, &data, &options());
    let monitor_text = doc_text(&monitor);
    let bijlage = doc_text(&compose(DocumentKind::Bijlage, &data, &options()));
    let elsewhere: Vec<_> = data
        .key_figures
        .iter()
        .filter(|k| k.district != OVERVECHT)
        .collect();
    assert!(
        !elsewhere.is_empty(),
        "the shipped data has figures of other wijken"
    );
    for figure in elsewhere {
        assert!(
            !monitor_text.contains(&figure.label),
            "{} ({}) is not Overvecht's",
            figure.label,
            figure.district
        );
        assert!(
            bijlage.contains(&normalised(&figure.label)),
            "{} is in the Bijlage",
            figure.label
        );
    }
    for indicator in data.indicators.iter().filter(|i| i.district != OVERVECHT) {
        assert!(
            !monitor_text.contains(&indicator.name),
            "{}",
            indicator.name
        );
    }
    // A year the source does not state is said to be so; the comparison
    // names the source's own group.
    assert!(monitor_text.contains("jaar niet genoemd (bron uit 2025)"));
    assert!(monitor_text.contains("gemiddeld in andere wijken van Utrecht"));
    // The Bronnen name sections, not the data's own remarks.
    for remark in [
        "in de brief staat",
        "hier gelijk verdeeld",
        "de laatste maand die de tekst noemt",
        "jaar van de raadsbrief",
    ] {
        assert!(
            !monitor_text.contains(remark),
            "the monitor prints a remark: {remark}"
        );
        assert!(
            !bijlage.contains(remark),
            "the Bijlage prints a remark: {remark}"
        );
    }
}

#[test]
fn numbers_are_read_the_dutch_way() {
    assert_eq!(
        numbers("€ 4.018.000 en 3,5% in 2025–2028"),
        vec![4_018_000.0, 3.5, 2025.0, 2028.0]
    );
    assert_eq!(numbers("8,3 jaar; 1.500 Overvechters."), vec![8.3, 1500.0]);
}

#[test]
fn the_voortgang_names_every_intervention_under_its_ambition_with_the_letters_figures() {
    let data = default_dataset().unwrap();
    let pdf = pdf_bytes(&compose(DocumentKind::Voortgang, &data, &options())).unwrap();
    let text = normalised(&pdf_text(&pdf));
    // Each ambition's chapter names its own interventions, in order.
    let chapters: Vec<usize> = data
        .ambitions
        .iter()
        .map(|a| {
            text.find(&normalised(&format!("Ambitie {}: {}", a.id, a.name)))
                .unwrap_or_else(|| panic!("chapter of ambition {}", a.id))
        })
        .collect();
    let end = text.find("Buurtaanpakken").unwrap_or(text.len());
    for intervention in &data.interventions {
        let at = chapters
            .iter()
            .position(|&c| c == chapters[usize::from(intervention.ambition) - 1])
            .unwrap();
        let from = chapters[at];
        let to = chapters.get(at + 1).copied().unwrap_or(end);
        assert!(
            text[from..to].contains(&normalised(&intervention.name)),
            "{} is not under ambition {}",
            intervention.name,
            intervention.ambition
        );
    }
    // The letter's results, as it gives them.
    for figure in [
        "zo’n 400",
        "179 middenhuurwoningen",
        "36 workshops",
        "89 ondernemers",
        "4 garageboxen",
    ] {
        let figure = figure.replace("zo’n", "ongeveer");
        assert!(text.contains(&figure), "the Voortgang gives {figure}");
    }
    // The letter gives no amount per intervention: the document names none.
    assert!(!text.contains("€"), "an amount the letter does not give");
}
