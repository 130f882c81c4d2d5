//! The Arrow type of an [`Event`](newsevent::Event): one struct field per field of the
//! Rust type, with the same names as its JSON.

use std::sync::{Arc, LazyLock};

use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Fields};

/// A field of the struct. Every field is nullable, those that mirror a value Rust always
/// has too: they are null in a null row (and under a null `kind`, `location` or `when`), so
/// that `ev['kind']['code']` is null rather than a placeholder when there is no kind, and
/// Parquet and other engines read the nulls back (Arrow's Parquet reader rejects nulls in
/// a non-nullable field, even under a null parent).
fn field(name: &str, data_type: DataType) -> Field {
    Field::new(name, data_type, true)
}

/// The element field of every list.
pub(crate) fn item(data_type: DataType) -> FieldRef {
    Arc::new(Field::new_list_field(data_type, true))
}

/// A span `[start, end]`: two `UInt64`, as the JSON's `[s, e]`.
pub(crate) fn span_type() -> DataType {
    DataType::FixedSizeList(item(DataType::UInt64), 2)
}

pub(crate) fn list_of(data_type: DataType) -> DataType {
    DataType::List(item(data_type))
}

pub(crate) fn trigger_fields() -> Fields {
    Fields::from(vec![field("text", DataType::Utf8), field("span", span_type())])
}

pub(crate) fn kind_fields() -> Fields {
    Fields::from(vec![
        field("code", DataType::Utf8),
        field("cameo", DataType::Utf8),
        field("trigger", DataType::Struct(trigger_fields())),
    ])
}

pub(crate) fn location_fields() -> Fields {
    Fields::from(vec![
        field("name", DataType::Utf8),
        field("country", DataType::Utf8),
        field("lat", DataType::Float64),
        field("lon", DataType::Float64),
        field("geonames", DataType::UInt64),
        field("span", span_type()),
    ])
}

pub(crate) fn when_fields() -> Fields {
    Fields::from(vec![
        field("text", DataType::Utf8),
        field("start", DataType::Date32),
        field("end", DataType::Date32),
        field("span", span_type()),
    ])
}

pub(crate) fn country_fields() -> Fields {
    Fields::from(vec![
        field("code", DataType::Utf8),
        field("name", DataType::Utf8),
        field("count", DataType::UInt64),
        field("spans", list_of(span_type())),
    ])
}

pub(crate) fn person_fields() -> Fields {
    Fields::from(vec![
        field("name", DataType::Utf8),
        field("role", DataType::Utf8),
        field("country", DataType::Utf8),
        field("count", DataType::UInt64),
        field("spans", list_of(span_type())),
        field("known", DataType::Boolean),
        field("wikidata", DataType::Utf8),
    ])
}

pub(crate) fn org_fields() -> Fields {
    Fields::from(vec![
        field("id", DataType::Utf8),
        field("name", DataType::Utf8),
        field("count", DataType::UInt64),
        field("spans", list_of(span_type())),
    ])
}

pub(crate) fn topic_fields() -> Fields {
    Fields::from(vec![
        field("id", DataType::Utf8),
        field("label", DataType::Utf8),
        field("iptc", DataType::Utf8),
        field("count", DataType::UInt64),
        field("spans", list_of(span_type())),
    ])
}

static EVENT_FIELDS: LazyLock<Fields> = LazyLock::new(|| {
    Fields::from(vec![
        field("date", DataType::Date32),
        field("headline", DataType::Utf8),
        field("kind", DataType::Struct(kind_fields())),
        field("actors", list_of(DataType::Utf8)),
        field("source", list_of(DataType::Utf8)),
        field("target", list_of(DataType::Utf8)),
        field("location", DataType::Struct(location_fields())),
        field("when", DataType::Struct(when_fields())),
        field("countries", list_of(DataType::Struct(country_fields()))),
        field("people", list_of(DataType::Struct(person_fields()))),
        field("organizations", list_of(DataType::Struct(org_fields()))),
        field("topics", list_of(DataType::Struct(topic_fields()))),
    ])
});

/// The fields of the struct that mirrors [`Event`](newsevent::Event), in the order of the
/// Rust type, named as in its JSON.
///
/// Every field is nullable: a field that is an `Option` in Rust is null when it is `None`;
/// the others are null only in a null row (the row of a null text) or under a null
/// `kind`, `location` or `when`. Dates are `Date32`; counts,
/// GeoNames ids and span offsets `UInt64`; a span is a `FixedSizeList` of two `UInt64`
/// (`[start, end]`, a byte range as in the JSON); lists are `List`s whose items are never
/// null (though typed nullable); `kind.code` is the PLOVER name as in the JSON (`"CONSULT"`).
///
/// ```
/// let fields = newsevent_datafusion::event_fields();
/// let names: Vec<&str> = fields.iter().map(|f| f.name().as_str()).collect();
/// assert_eq!(names, ["date", "headline", "kind", "actors", "source", "target", "location", "when",
///                    "countries", "people", "organizations", "topics"]);
/// ```
pub fn event_fields() -> Fields {
    EVENT_FIELDS.clone()
}

/// The Arrow type of an event: `Struct` of [`event_fields`], the return type of the
/// `extract_event` SQL function.
///
/// ```
/// use datafusion::arrow::datatypes::DataType;
/// assert!(matches!(newsevent_datafusion::event_type(), DataType::Struct(_)));
/// ```
pub fn event_type() -> DataType {
    DataType::Struct(event_fields())
}
