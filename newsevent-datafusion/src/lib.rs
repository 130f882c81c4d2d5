//! SQL over news articles: [`newsevent`]'s extractor as an [Apache DataFusion] scalar
//! function, `extract_event(text)`, that returns the article's [`Event`] as an Arrow
//! struct, field by field, so that SQL reaches any part of it:
//!
//! ```sql
//! SELECT id, extract_event(text)['kind']['code'] AS kind FROM articles;
//! SELECT p['name'], p['role'] FROM (SELECT unnest(extract_event(text)['people']) AS p FROM articles);
//! SELECT extract_event(text, DATE '2024-08-19')['when']['start'] FROM articles;
//! ```
//!
//! [`register`] adds the function to a `SessionContext`; it runs on all of DataFusion's
//! partitions, and on a [Ballista] cluster when the function is registered where Ballista
//! needs it (see [`udf`]).
//!
//! ```
//! use datafusion::prelude::SessionContext;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> datafusion::error::Result<()> {
//! let ctx = SessionContext::new();
//! newsevent_datafusion::register(&ctx);
//! let rows = ctx
//!     .sql("SELECT extract_event('India and Japan held talks in Tokyo.')['kind']['code'] AS kind")
//!     .await?
//!     .collect()
//!     .await?;
//! let kind = datafusion::arrow::util::pretty::pretty_format_batches(&rows)?.to_string();
//! assert!(kind.contains("CONSULT"));
//! # Ok(())
//! # }
//! ```
//!
//! # The function
//!
//! - `extract_event(text)`: `text` a string column (`Utf8`, `LargeUtf8`, `Utf8View`); a
//!   null text gives a null row.
//! - `extract_event(text, reference_date)`: the date to resolve `when` against for a text
//!   that carries none (the text's own date wins), a `DATE` or a `'YYYY-MM-DD'` string; a
//!   null, or a string that is not such a date, leaves the extractor's own reference.
//! - The result has the type [`event_type`]: see [`event_fields`] for the mapping.
//!
//! Each batch of rows goes through one call of [`Extractor::extract_batch`] (on all cores
//! with this crate's default `rayon` feature), on one extractor per process: the default
//! one ([`newsevent::default_extractor`], built on first use), or the one you pass to
//! [`register_with`].
//!
//! [Apache DataFusion]: https://datafusion.apache.org
//! [Ballista]: https://datafusion.apache.org/ballista/
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod convert;
mod schema;
mod udf;

use std::sync::Arc;

use datafusion::arrow::error::ArrowError;
use datafusion::logical_expr::ScalarUDF;
use datafusion::prelude::SessionContext;
use newsevent::{Extractor, Gazetteer, GazetteerError};

pub use convert::events_to_array;
pub use schema::{event_fields, event_type};

/// The SQL name of the function.
pub const FUNCTION_NAME: &str = "extract_event";

/// What can go wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A user's gazetteer did not build into an extractor.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
    /// One batch holds more list items (mentions, spans) than an Arrow `List` can index.
    #[error("too many list items in one batch for an Arrow List ({items}); use smaller batches")]
    TooLarge {
        /// How many items there were, at least.
        items: usize,
    },
    /// Arrow rejected an array (a bug in this crate).
    #[error("arrow: {0}")]
    Arrow(#[from] ArrowError),
}

/// The `extract_event` function on the default extractor, to register yourself: on a
/// `SessionState` (`state.register_udf(Arc::new(udf()))`, through DataFusion's
/// `FunctionRegistry`), or in the function registry of a Ballista scheduler and executor,
/// which find the function by name when a plan arrives.
///
/// ```
/// assert_eq!(newsevent_datafusion::udf().name(), "extract_event");
/// ```
pub fn udf() -> ScalarUDF {
    ScalarUDF::new_from_impl(udf::ExtractEvent::new(None))
}

/// The `extract_event` function on your extractor (built from your [`Gazetteer`]); every
/// copy of the function shares it.
pub fn udf_with(extractor: Extractor) -> ScalarUDF {
    ScalarUDF::new_from_impl(udf::ExtractEvent::new(Some(Arc::new(extractor))))
}

/// Adds `extract_event` on the default extractor to `ctx`.
pub fn register(ctx: &SessionContext) {
    ctx.register_udf(udf());
}

/// Adds `extract_event` on `extractor` to `ctx` (replacing one registered before).
///
/// ```
/// use newsevent::{Extractor, Gazetteer, Table};
/// let mut g = Gazetteer::embedded();
/// g.add_str(Table::Organizations, "mine.tsv", "ACME_PACT\tAcme Pact\tthe Pact\tgrouping\t\t\t\n")?;
/// let ctx = datafusion::prelude::SessionContext::new();
/// newsevent_datafusion::register_with(&ctx, Extractor::new(g)?);
/// # Ok::<(), newsevent::GazetteerError>(())
/// ```
pub fn register_with(ctx: &SessionContext, extractor: Extractor) {
    ctx.register_udf(udf_with(extractor));
}

/// Builds an extractor from `gazetteer` and adds `extract_event` on it to `ctx`.
///
/// # Errors
///
/// [`Error::Gazetteer`] when the gazetteer does not build into an extractor.
pub fn register_with_gazetteer(ctx: &SessionContext, gazetteer: Gazetteer) -> Result<(), Error> {
    register_with(ctx, Extractor::new(gazetteer)?);
    Ok(())
}
