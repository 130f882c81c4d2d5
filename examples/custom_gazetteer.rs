//! Adding one's own people and organisations to the embedded gazetteer.
//!
//! `cargo run --example custom_gazetteer`
//!
//! The rows use the same TSV formats as the crate's `data/` folder (see `data/README.md`);
//! from files, use `Gazetteer::add_file(Table::People, "my_people.tsv")`.

use newsevent::{Extractor, Gazetteer, Table};

const MY_PEOPLE: &str = "\
# name\taliases\trole\tcountry\tstart\tend
Maria Ortega\tOrtega\tGovernor of the Central Bank\tCHL\t2023-03-01\t
";

const MY_ORGS: &str = "\
# id\tname\taliases\tkind\tparent\tmembers\twikidata
ANDEAN_GRID\tAndean Power Grid Council\tAPGC\tigo\t\tCHL;PER;BOL\t
";

fn main() -> Result<(), newsevent::GazetteerError> {
    let mut gazetteer = Gazetteer::embedded();
    gazetteer.add_str(Table::People, "my_people.tsv", MY_PEOPLE)?;
    gazetteer.add_str(Table::Organizations, "my_orgs.tsv", MY_ORGS)?;
    let extractor = Extractor::new(gazetteer)?;

    let text = " date 2024-05-02 Maria Ortega told the Andean Power Grid Council on Thursday that Chile \
                would sign the new supply deal. Ortega said the APGC had backed the plan.";
    let event = extractor.extract(text);
    for p in &event.people {
        println!("{} ({:?}, {:?}), {} mentions, known: {}", p.name, p.role, p.country, p.count, p.known);
    }
    for o in &event.organizations {
        println!("{}: {} x{}", o.id, o.name, o.count);
    }

    // A bad row is a typed error that names the file, the line and the problem.
    let mut g = Gazetteer::embedded();
    if let Err(e) = g.add_str(Table::People, "bad.tsv", "Jane Roe\t\tMayor\tXYZ\t2020-01-01\t\n") {
        println!("error: {e}");
    }
    Ok(())
}
