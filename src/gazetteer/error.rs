//! Why a user's table could not be loaded.

/// Why a user's table could not be loaded (or a gazetteer not built). Nothing is added
/// when loading fails.
///
/// ```
/// use newsevent::{Gazetteer, GazetteerError, Table};
/// let mut g = Gazetteer::embedded();
/// let err = g.add_str(Table::People, "mine.tsv", "Jane Roe\t\tMayor\tZZZ\t2020-01-01\t\n").unwrap_err();
/// assert_eq!(err.to_string(), "mine.tsv:1: unknown country code `ZZZ` in column `country`");
/// assert!(matches!(err, GazetteerError::Row { line: 1, .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// A row is malformed or refers to something unknown.
    #[error("{file}:{line}: {message}")]
    Row {
        /// The file (or name) the rows came from.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// The file.
        file: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not UTF-8.
    #[error("{file}:{line}: invalid UTF-8")]
    Utf8 {
        /// The file.
        file: String,
        /// 1-based line number of the first invalid byte.
        line: usize,
    },
    /// One surface form stands for more entries than a match can carry.
    #[error("the form `{form}` stands for {count} entries (at most {max})")]
    TooManyValues {
        /// The form, as the first table that has it writes it.
        form: String,
        /// How many entries it stands for.
        count: usize,
        /// The limit.
        max: usize,
    },
}
