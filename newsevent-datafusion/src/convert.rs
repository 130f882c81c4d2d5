//! Events to an Arrow `StructArray` of [`event_type`](crate::event_type).
//!
//! Every level is built from a slice of `Option<&T>`: `None` is a null at that level, and
//! it makes every field below it null too, so that `ev['kind']['code']` is null when the
//! row or its `kind` is, never a placeholder.

use std::sync::Arc;

use datafusion::arrow::array::{
    ArrayRef, BooleanArray, Date32Array, FixedSizeListArray, Float64Array, ListArray, StringArray, StructArray,
    UInt64Array,
};
use datafusion::arrow::buffer::{NullBuffer, OffsetBuffer, ScalarBuffer};
use datafusion::arrow::datatypes::{DataType, Fields};
use newsevent::{
    CountryMention, Date, Event, EventKind, Location, OrgMention, PersonMention, Span, TopicMention, Trigger, When,
};

use crate::Error;
use crate::schema::{self, item};

/// Days from 1970-01-01 to `d` (the `Date32` of `d`), by the proleptic Gregorian calendar.
pub(crate) fn date32(d: Date) -> i32 {
    let (m, day) = (i64::from(d.month()), i64::from(d.day()));
    let y = i64::from(d.year()) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    // Years 1..=9999 only (what `Date` holds): always within i32.
    (era * 146_097 + doe - 719_468) as i32
}

/// The [`Date`] of a `Date32` value, when it is a day `Date` can hold (years 1 to 9999).
pub(crate) fn from_date32(days: i32) -> Option<Date> {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::new(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
}

/// The validity of a level: `None` when every row is present.
fn validity<T>(rows: &[Option<T>]) -> Option<NullBuffer> {
    if rows.iter().all(Option::is_some) { None } else { Some(rows.iter().map(Option::is_some).collect()) }
}

fn strings<'a>(values: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(values.collect::<StringArray>())
}

fn counts(values: impl Iterator<Item = Option<usize>>) -> ArrayRef {
    Arc::new(values.map(|v| v.map(|v| v as u64)).collect::<UInt64Array>())
}

fn spans(rows: &[Option<Span>]) -> Result<ArrayRef, Error> {
    let values: UInt64Array = rows
        .iter()
        .flat_map(|s| {
            let s = s.unwrap_or_default();
            [s.start as u64, s.end as u64]
        })
        .collect();
    Ok(Arc::new(FixedSizeListArray::try_new(item(DataType::UInt64), 2, Arc::new(values), validity(rows))?))
}

/// A `List` column: row `i` holds the items of `rows[i]` (null for `None`); `values` builds
/// the items' array from all of them, in order.
fn list<'a, T: 'a>(
    rows: &[Option<&'a [T]>],
    data_type: DataType,
    values: impl FnOnce(&[Option<&'a T>]) -> Result<ArrayRef, Error>,
) -> Result<ArrayRef, Error> {
    let mut offsets = Vec::with_capacity(rows.len() + 1);
    offsets.push(0i32);
    let mut items: Vec<Option<&T>> = Vec::new();
    for row in rows {
        items.extend(row.unwrap_or_default().iter().map(Some));
        offsets.push(i32::try_from(items.len()).map_err(|_| Error::TooLarge { items: items.len() })?);
    }
    let values = values(&items)?;
    let offsets = OffsetBuffer::new(ScalarBuffer::from(offsets));
    Ok(Arc::new(ListArray::try_new(item(data_type), offsets, values, validity(rows))?))
}

fn string_list(rows: &[Option<&[String]>]) -> Result<ArrayRef, Error> {
    list(rows, DataType::Utf8, |items| Ok(strings(items.iter().map(|s| s.map(String::as_str)))))
}

fn span_list(rows: &[Option<&[Span]>]) -> Result<ArrayRef, Error> {
    list(rows, schema::span_type(), |items| spans(&items.iter().map(|s| s.copied()).collect::<Vec<_>>()))
}

fn structs<T>(fields: Fields, rows: &[Option<T>], columns: Vec<ArrayRef>) -> Result<ArrayRef, Error> {
    Ok(Arc::new(StructArray::try_new(fields, columns, validity(rows))?))
}

fn dates(values: impl Iterator<Item = Option<Date>>) -> ArrayRef {
    Arc::new(values.map(|d| d.map(date32)).collect::<Date32Array>())
}

fn triggers(rows: &[Option<&Trigger>]) -> Result<ArrayRef, Error> {
    let columns = vec![
        strings(rows.iter().map(|t| t.map(|t| t.text.as_str()))),
        spans(&rows.iter().map(|t| t.map(|t| t.span)).collect::<Vec<_>>())?,
    ];
    structs(schema::trigger_fields(), rows, columns)
}

fn kinds(rows: &[Option<&EventKind>]) -> Result<ArrayRef, Error> {
    let columns = vec![
        strings(rows.iter().map(|k| k.map(|k| k.code.as_str()))),
        strings(rows.iter().map(|k| k.and_then(|k| k.cameo.as_deref()))),
        triggers(&rows.iter().map(|k| k.map(|k| &k.trigger)).collect::<Vec<_>>())?,
    ];
    structs(schema::kind_fields(), rows, columns)
}

fn locations(rows: &[Option<&Location>]) -> Result<ArrayRef, Error> {
    let columns: Vec<ArrayRef> = vec![
        strings(rows.iter().map(|l| l.map(|l| l.name.as_str()))),
        strings(rows.iter().map(|l| l.map(|l| l.country.as_str()))),
        Arc::new(rows.iter().map(|l| l.and_then(|l| l.lat)).collect::<Float64Array>()),
        Arc::new(rows.iter().map(|l| l.and_then(|l| l.lon)).collect::<Float64Array>()),
        Arc::new(rows.iter().map(|l| l.and_then(|l| l.geonames)).collect::<UInt64Array>()),
        spans(&rows.iter().map(|l| l.map(|l| l.span)).collect::<Vec<_>>())?,
    ];
    structs(schema::location_fields(), rows, columns)
}

fn whens(rows: &[Option<&When>]) -> Result<ArrayRef, Error> {
    let columns = vec![
        strings(rows.iter().map(|w| w.map(|w| w.text.as_str()))),
        dates(rows.iter().map(|w| w.and_then(|w| w.start))),
        dates(rows.iter().map(|w| w.and_then(|w| w.end))),
        spans(&rows.iter().map(|w| w.map(|w| w.span)).collect::<Vec<_>>())?,
    ];
    structs(schema::when_fields(), rows, columns)
}

fn countries(rows: &[Option<&CountryMention>]) -> Result<ArrayRef, Error> {
    let columns = vec![
        strings(rows.iter().map(|c| c.map(|c| c.code.as_str()))),
        strings(rows.iter().map(|c| c.map(|c| c.name.as_str()))),
        counts(rows.iter().map(|c| c.map(|c| c.count))),
        span_list(&rows.iter().map(|c| c.map(|c| c.spans.as_slice())).collect::<Vec<_>>())?,
    ];
    structs(schema::country_fields(), rows, columns)
}

fn people(rows: &[Option<&PersonMention>]) -> Result<ArrayRef, Error> {
    let columns: Vec<ArrayRef> = vec![
        strings(rows.iter().map(|p| p.map(|p| p.name.as_str()))),
        strings(rows.iter().map(|p| p.and_then(|p| p.role.as_deref()))),
        strings(rows.iter().map(|p| p.and_then(|p| p.country.as_deref()))),
        counts(rows.iter().map(|p| p.map(|p| p.count))),
        span_list(&rows.iter().map(|p| p.map(|p| p.spans.as_slice())).collect::<Vec<_>>())?,
        Arc::new(rows.iter().map(|p| p.map(|p| p.known)).collect::<BooleanArray>()),
        strings(rows.iter().map(|p| p.and_then(|p| p.wikidata.as_deref()))),
    ];
    structs(schema::person_fields(), rows, columns)
}

fn organizations(rows: &[Option<&OrgMention>]) -> Result<ArrayRef, Error> {
    let columns = vec![
        strings(rows.iter().map(|o| o.map(|o| o.id.as_str()))),
        strings(rows.iter().map(|o| o.map(|o| o.name.as_str()))),
        counts(rows.iter().map(|o| o.map(|o| o.count))),
        span_list(&rows.iter().map(|o| o.map(|o| o.spans.as_slice())).collect::<Vec<_>>())?,
    ];
    structs(schema::org_fields(), rows, columns)
}

fn topics(rows: &[Option<&TopicMention>]) -> Result<ArrayRef, Error> {
    let columns = vec![
        strings(rows.iter().map(|t| t.map(|t| t.id.as_str()))),
        strings(rows.iter().map(|t| t.map(|t| t.label.as_str()))),
        strings(rows.iter().map(|t| t.and_then(|t| t.iptc.as_deref()))),
        counts(rows.iter().map(|t| t.map(|t| t.count))),
        span_list(&rows.iter().map(|t| t.map(|t| t.spans.as_slice())).collect::<Vec<_>>())?,
    ];
    structs(schema::topic_fields(), rows, columns)
}

/// The events as one Arrow `StructArray` of [`event_type`](crate::event_type), one row per
/// element; `None` gives a null row (every field in it null).
///
/// This is what the `extract_event` SQL function returns for a batch; use it to put events
/// you extracted yourself into Arrow, Parquet or a DataFusion table.
///
/// # Errors
///
/// [`Error::TooLarge`] when the rows together hold more list items (mentions, spans) than
/// one Arrow `List` can index (2^31 - 1), and [`Error::Arrow`] should Arrow reject the
/// arrays (a bug in this crate).
///
/// ```
/// use datafusion::arrow::array::Array;
/// let event = newsevent::extract_event("India and Japan held talks in Tokyo.");
/// let array = newsevent_datafusion::events_to_array(&[Some(&event), None])?;
/// assert_eq!((array.len(), array.null_count()), (2, 1));
/// # Ok::<(), newsevent_datafusion::Error>(())
/// ```
pub fn events_to_array(rows: &[Option<&Event>]) -> Result<StructArray, Error> {
    let kind: Vec<_> = rows.iter().map(|e| e.and_then(|e| e.kind.as_ref())).collect();
    let location: Vec<_> = rows.iter().map(|e| e.and_then(|e| e.location.as_ref())).collect();
    let when: Vec<_> = rows.iter().map(|e| e.and_then(|e| e.when.as_ref())).collect();
    let columns = vec![
        dates(rows.iter().map(|e| e.and_then(|e| e.date))),
        strings(rows.iter().map(|e| e.map(|e| e.headline.as_str()))),
        kinds(&kind)?,
        string_list(&rows.iter().map(|e| e.map(|e| e.actors.as_slice())).collect::<Vec<_>>())?,
        string_list(&rows.iter().map(|e| e.map(|e| e.source.as_slice())).collect::<Vec<_>>())?,
        string_list(&rows.iter().map(|e| e.map(|e| e.target.as_slice())).collect::<Vec<_>>())?,
        locations(&location)?,
        whens(&when)?,
        list(
            &rows.iter().map(|e| e.map(|e| e.countries.as_slice())).collect::<Vec<_>>(),
            struct_of(schema::country_fields()),
            countries,
        )?,
        list(
            &rows.iter().map(|e| e.map(|e| e.people.as_slice())).collect::<Vec<_>>(),
            struct_of(schema::person_fields()),
            people,
        )?,
        list(
            &rows.iter().map(|e| e.map(|e| e.organizations.as_slice())).collect::<Vec<_>>(),
            struct_of(schema::org_fields()),
            organizations,
        )?,
        list(
            &rows.iter().map(|e| e.map(|e| e.topics.as_slice())).collect::<Vec<_>>(),
            struct_of(schema::topic_fields()),
            topics,
        )?,
    ];
    Ok(StructArray::try_new(crate::event_fields(), columns, validity(rows))?)
}

fn struct_of(fields: Fields) -> DataType {
    DataType::Struct(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date32_round_trips_and_matches_the_epoch() {
        let epoch = Date::new(1970, 1, 1).unwrap();
        assert_eq!(date32(epoch), 0);
        for (y, m, d) in [(1, 1, 1), (1969, 12, 31), (2000, 2, 29), (2022, 4, 4), (2024, 12, 31), (9999, 12, 31)] {
            let date = Date::new(y, m, d).unwrap();
            assert_eq!(date32(date) as i64, epoch.days_until(date), "{date}");
            assert_eq!(from_date32(date32(date)), Some(date));
        }
        assert_eq!(from_date32(i32::MAX), None);
        assert_eq!(from_date32(i32::MIN), None);
    }
}
