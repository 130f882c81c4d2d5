//! [`Span`]: where a mention stands in the text.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Range;

/// A byte range `[start, end)` into the text that was passed in; serialized as
/// `[start, end]`. `&text[span]` is always the matched surface form, on char boundaries.
///
/// ```
/// let text = "Thousands of protesters marched in Havana on Sunday.";
/// let e = newsevent::extract_event(text);
/// let span = e.location.unwrap().span;
/// assert_eq!(&text[span], "Havana");
/// assert_eq!(span.range(), 35..41);
/// assert_eq!(serde_json::to_string(&span).unwrap(), "[35,41]");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// The byte after the last one.
    pub end: usize,
}

impl Span {
    /// The span `[start, end)`.
    ///
    /// ```
    /// assert_eq!(newsevent::Span::new(3, 7).len(), 4);
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The byte range.
    ///
    /// ```
    /// assert_eq!(newsevent::Span::new(3, 7).range(), 3..7);
    /// ```
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Number of bytes.
    ///
    /// ```
    /// assert_eq!(newsevent::Span::new(3, 3).len(), 0);
    /// ```
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    ///
    /// ```
    /// assert!(newsevent::Span::new(3, 3).is_empty());
    /// ```
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The text the span covers in `text`, or `None` when it does not lie in `text` on
    /// char boundaries (a span of another text).
    ///
    /// ```
    /// let s = newsevent::Span::new(0, 5);
    /// assert_eq!(s.text_in("India and Japan"), Some("India"));
    /// assert_eq!(s.text_in("Ind"), None);
    /// ```
    pub fn text_in(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Span {
        Span::new(start, end)
    }
}

/// `&text[span]`: the text a span covers (panics like any slice when it does not).
impl std::ops::Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl fmt::Display for Span {
    /// `14..18`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        if end < start {
            return Err(serde::de::Error::custom("a span's end comes before its start"));
        }
        Ok(Span { start, end })
    }
}
