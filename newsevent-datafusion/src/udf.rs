//! The `extract_event` scalar function.

use std::collections::BTreeMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use datafusion::arrow::array::{Array, ArrayRef, AsArray};
use datafusion::arrow::datatypes::{DataType, Date32Type, Field, FieldRef};
use datafusion::common::{Result, ScalarValue, exec_datafusion_err, plan_err};
use datafusion::logical_expr::{
    ColumnarValue, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};
use newsevent::{Date, Event, Extractor};

use crate::convert::{events_to_array, from_date32};

/// Which extractor a function uses.
#[derive(Clone)]
enum Source {
    /// [`newsevent::default_extractor`].
    Default,
    /// One built by the user, shared by every copy of the function in the process.
    Custom(Arc<Extractor>),
}

impl Source {
    fn get(&self) -> &Extractor {
        match self {
            Source::Default => newsevent::default_extractor(),
            Source::Custom(x) => x,
        }
    }
}

/// `extract_event(text [, reference_date])`: the [`Event`] of each text as a struct of
/// [`event_type`](crate::event_type).
#[derive(Clone)]
pub(crate) struct ExtractEvent {
    signature: Signature,
    source: Source,
}

impl ExtractEvent {
    pub(crate) fn new(extractor: Option<Arc<Extractor>>) -> ExtractEvent {
        ExtractEvent {
            signature: Signature::user_defined(Volatility::Immutable),
            source: extractor.map_or(Source::Default, Source::Custom),
        }
    }

    /// The events of `texts` (a string array; null texts give null rows), each resolved
    /// against its row of `references` (`Date32` or strings) when given.
    fn extract(&self, texts: &ArrayRef, references: Option<&ArrayRef>) -> Result<ArrayRef> {
        let texts = strings(texts)?;
        let references = match references {
            Some(r) => Some(dates(r)?),
            None => None,
        };
        let x = self.source.get();
        let mut events: Vec<Option<Event>> = vec![None; texts.len()];
        // Rows to extract, grouped by reference date so that each group is one batch
        // (`None`: the extractor's own reference).
        let mut groups: BTreeMap<Option<Date>, Vec<usize>> = BTreeMap::new();
        for (i, t) in texts.iter().enumerate() {
            if t.is_some() {
                let reference = references.as_ref().and_then(|r| r[i]);
                groups.entry(reference).or_default().push(i);
            }
        }
        for (reference, rows) in groups {
            let batch: Vec<&str> = rows.iter().filter_map(|&i| texts[i]).collect();
            let out = match reference {
                None => x.extract_batch(&batch),
                Some(d) => x.extract_batch_with_reference(&batch, Some(d)),
            };
            for (i, e) in rows.into_iter().zip(out) {
                events[i] = Some(e);
            }
        }
        let rows: Vec<Option<&Event>> = events.iter().map(Option::as_ref).collect();
        let array = events_to_array(&rows).map_err(|e| exec_datafusion_err!("extract_event: {e}"))?;
        Ok(Arc::new(array))
    }
}

/// The texts of a string column (nulls as `None`).
fn strings(a: &ArrayRef) -> Result<Vec<Option<&str>>> {
    Ok(match a.data_type() {
        DataType::Utf8 => a.as_string::<i32>().iter().collect(),
        DataType::LargeUtf8 => a.as_string::<i64>().iter().collect(),
        DataType::Utf8View => a.as_string_view().iter().collect(),
        DataType::Null => vec![None; a.len()],
        other => return plan_err!("extract_event: the text must be a string, not {other}"),
    })
}

/// The reference dates of a `Date32` or string column; a null, or a string that is not a
/// date `YYYY-MM-DD`, gives `None` (the extractor's own reference).
fn dates(a: &ArrayRef) -> Result<Vec<Option<Date>>> {
    let parse = |s: Option<&str>| s.and_then(|s| s.trim().parse::<Date>().ok());
    Ok(match a.data_type() {
        DataType::Date32 => a.as_primitive::<Date32Type>().iter().map(|d| d.and_then(from_date32)).collect(),
        DataType::Utf8 => a.as_string::<i32>().iter().map(parse).collect(),
        DataType::LargeUtf8 => a.as_string::<i64>().iter().map(parse).collect(),
        DataType::Utf8View => a.as_string_view().iter().map(parse).collect(),
        DataType::Null => vec![None; a.len()],
        other => return plan_err!("extract_event: the reference date must be a date or a string, not {other}"),
    })
}

impl fmt::Debug for ExtractEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let extractor = match self.source {
            Source::Default => "default",
            Source::Custom(_) => "custom",
        };
        f.debug_struct("ExtractEvent").field("extractor", &extractor).finish()
    }
}

impl PartialEq for ExtractEvent {
    fn eq(&self, other: &Self) -> bool {
        self.signature == other.signature
            && match (&self.source, &other.source) {
                (Source::Default, Source::Default) => true,
                (Source::Custom(a), Source::Custom(b)) => Arc::ptr_eq(a, b),
                _ => false,
            }
    }
}

impl Eq for ExtractEvent {}

impl Hash for ExtractEvent {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.signature.hash(state);
        match &self.source {
            Source::Default => 0usize.hash(state),
            Source::Custom(x) => (Arc::as_ptr(x) as usize).hash(state),
        }
    }
}

impl ScalarUDFImpl for ExtractEvent {
    fn name(&self) -> &str {
        crate::FUNCTION_NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        let text = match arg_types.first() {
            Some(t @ (DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)) => t.clone(),
            Some(DataType::Null) => DataType::Utf8,
            Some(DataType::Dictionary(_, v)) if v.is_string() => DataType::Utf8,
            Some(other) => {
                return plan_err!("extract_event(text [, reference_date]): text must be a string, not {other}");
            }
            None => return plan_err!("extract_event(text [, reference_date]) takes one or two arguments, not none"),
        };
        match arg_types {
            [_] => Ok(vec![text]),
            [_, date] => {
                let date = match date {
                    DataType::Date32 | DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => date.clone(),
                    DataType::Null | DataType::Date64 | DataType::Timestamp(_, _) => DataType::Date32,
                    DataType::Dictionary(_, v) if v.is_string() => DataType::Utf8,
                    other => {
                        return plan_err!(
                            "extract_event(text, reference_date): reference_date must be a date or a \
                             'YYYY-MM-DD' string, not {other}"
                        );
                    }
                };
                Ok(vec![text, date])
            }
            _ => {
                plan_err!("extract_event(text [, reference_date]) takes one or two arguments, not {}", arg_types.len())
            }
        }
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(crate::event_type())
    }

    fn return_field_from_args(&self, _args: ReturnFieldArgs) -> Result<FieldRef> {
        Ok(Arc::new(Field::new(self.name(), crate::event_type(), true)))
    }

    fn is_strict(&self) -> bool {
        // A null text gives a null row, but a null reference date does not.
        false
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let scalar = args.args.iter().all(|a| matches!(a, ColumnarValue::Scalar(_)));
        let len = if scalar { 1 } else { args.number_rows };
        let (texts, references) = match args.args.as_slice() {
            [t] => (t.to_array(len)?, None),
            [t, r] => (t.to_array(len)?, Some(r.to_array(len)?)),
            _ => return plan_err!("extract_event takes one or two arguments, not {}", args.args.len()),
        };
        let events = self.extract(&texts, references.as_ref())?;
        if scalar {
            Ok(ColumnarValue::Scalar(ScalarValue::try_from_array(&events, 0)?))
        } else {
            Ok(ColumnarValue::Array(events))
        }
    }
}
