//! Serde helpers that never fail, so one badly typed value in a seed never hides the problems after it.
//!
//! `Lenient<T>` reads any TOML value: as `T` when it has `T`'s shape, otherwise as the value written
//! (for quoting in the problem). `Entries<V>` reads a table as its entries in file order.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::{
    BoolDeserializer, BorrowedStrDeserializer, F64Deserializer, I64Deserializer, I128Deserializer,
    MapAccessDeserializer, SeqAccessDeserializer, StrDeserializer, StringDeserializer, U64Deserializer,
    U128Deserializer,
};
use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, IntoDeserializer, MapAccess, SeqAccess, Visitor};

/// The key under which toml hands a date-time to a visitor (`toml_datetime`'s private field name).
const DATETIME: &str = "$__toml_private_datetime";

/// A value read as `T`, or `Err` with the value as written when it is not a `T`: a table shows as
/// `{…}`, an array as `[…]`, a value toml could not read at all (a float out of range) as empty.
#[derive(Debug, PartialEq)]
pub struct Lenient<T>(pub Result<T, String>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(d.deserialize_any(Any(PhantomData)).unwrap_or_else(|_| Lenient(Err(String::new()))))
    }
}

/// Reads a scalar as `T` from `d`, or keeps `written`.
fn scalar<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D, written: impl ToString) -> Lenient<T> {
    Lenient(T::deserialize(d).map_err(|_| written.to_string()))
}

struct Any<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for Any<T> {
    type Value = Lenient<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any TOML value")
    }
    fn visit_bool<E: Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(scalar(BoolDeserializer::<E>::new(v), v))
    }
    fn visit_i64<E: Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(scalar(I64Deserializer::<E>::new(v), v))
    }
    fn visit_u64<E: Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(scalar(U64Deserializer::<E>::new(v), v))
    }
    fn visit_i128<E: Error>(self, v: i128) -> Result<Self::Value, E> {
        Ok(scalar(I128Deserializer::<E>::new(v), v))
    }
    fn visit_u128<E: Error>(self, v: u128) -> Result<Self::Value, E> {
        Ok(scalar(U128Deserializer::<E>::new(v), v))
    }
    fn visit_f64<E: Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(scalar(F64Deserializer::<E>::new(v), v))
    }
    fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(scalar(BorrowedStrDeserializer::<E>::new(v), v))
    }
    fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(scalar(StrDeserializer::<E>::new(v), v))
    }
    fn visit_string<E: Error>(self, v: String) -> Result<Self::Value, E> {
        let written = v.clone();
        Ok(scalar(StringDeserializer::<E>::new(v), written))
    }
    // A seq or map `T` does not take is read to its end: serde's buffered maps (behind
    // `#[serde(flatten)]`) fail on entries left unread.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        match T::deserialize(SeqAccessDeserializer::new(&mut seq)) {
            Ok(t) => Ok(Lenient(Ok(t))),
            Err(_) => {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Lenient(Err("[…]".into())))
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // A date-time arrives as a one-entry table under a private key: quote it as written. No field
        // of the seeds takes a TOML date-time (dates are strings, for ranges and partial dates).
        let first: Option<String> = map.next_key()?;
        if first.as_deref() == Some(DATETIME) {
            return Ok(Lenient(Err(map.next_value()?)));
        }
        match T::deserialize(MapAccessDeserializer::new(Replay { first, map: &mut map })) {
            Ok(t) => Ok(Lenient(Ok(t))),
            Err(_) => {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Lenient(Err("{…}".into())))
            }
        }
    }
}

/// A table whose first key was already read (to look for a date-time), handed on whole.
struct Replay<A> {
    first: Option<String>,
    map: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        match self.first.take() {
            Some(k) => seed.deserialize(k.into_deserializer()).map(Some),
            None => self.map.next_key_seed(seed),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// A table read as its entries, in the order the file writes them.
#[derive(Debug, PartialEq)]
pub struct Entries<V>(pub Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(EntriesVisitor(PhantomData))
    }
}

struct EntriesVisitor<V>(PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<V> {
    type Value = Entries<V>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a table")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry()? {
            out.push(entry);
        }
        Ok(Entries(out))
    }
}

/// A value no field wants: read through `Lenient<Unwanted>`, it is always kept as written.
#[derive(Debug, PartialEq)]
pub enum Unwanted {}

impl<'de> Deserialize<'de> for Unwanted {
    fn deserialize<D: Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(D::Error::custom("no value is wanted here"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml::Spanned;

    #[derive(Deserialize)]
    struct Row {
        s: Option<Spanned<Lenient<String>>>,
        n: Option<Lenient<f64>>,
        list: Option<Lenient<Vec<Spanned<Lenient<String>>>>>,
        langs: Option<Lenient<Entries<Lenient<String>>>>,
    }

    fn row(src: &str) -> Row {
        toml::from_str(src).expect("a lenient row always reads")
    }

    #[test]
    fn a_value_of_the_wanted_type_is_read_with_its_span() {
        let r = row("s = \"abc\"\nn = 3\nlist = [\"a\", \"b\"]");
        let s = r.s.unwrap();
        assert_eq!((s.get_ref(), s.span()), (&Lenient(Ok("abc".into())), 4..9));
        assert_eq!(r.n, Some(Lenient(Ok(3.0))));
        let list = r.list.unwrap().0.unwrap();
        assert_eq!(list.iter().map(|i| i.span()).collect::<Vec<_>>(), [24..27, 29..32]);
    }

    #[test]
    fn a_value_of_another_type_is_kept_as_written() {
        let r = row("s = 2025-04-28\nn = \"east\"\nlist = { a = 1 }\nlangs = [1]");
        assert_eq!(r.s.unwrap().into_inner(), Lenient(Err("2025-04-28".into())));
        assert_eq!(r.n, Some(Lenient(Err("east".into()))));
        assert_eq!(r.list.unwrap(), Lenient(Err("{…}".into())));
        assert_eq!(r.langs.unwrap(), Lenient(Err("[…]".into())));
        assert_eq!(row("n = 1e999").n, Some(Lenient(Err(String::new()))));
    }

    #[test]
    fn one_bad_item_does_not_spoil_its_neighbours() {
        let r = row("list = [\"a\", 3, \"c\"]\nlangs.en = \"x\"\nlangs.ja = true\nlangs.vi = \"y\"");
        let items: Vec<_> = r.list.unwrap().0.unwrap().into_iter().map(|i| i.into_inner().0).collect();
        assert_eq!(items, [Ok("a".into()), Err("3".into()), Ok("c".into())]);
        let langs = r.langs.unwrap().0.unwrap().0;
        let keys: Vec<&str> = langs.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["en", "ja", "vi"], "entries keep the file's order");
        assert_eq!(langs[1].1, Lenient(Err("true".into())));
    }

    /// A record's unknown keys come through `#[serde(flatten)]`, which buffers them.
    #[derive(Deserialize)]
    struct Known {
        #[serde(rename = "a")]
        _a: Option<Lenient<String>>,
        #[serde(flatten)]
        rest: std::collections::BTreeMap<String, Lenient<Unwanted>>,
    }

    #[test]
    fn unknown_keys_behind_flatten_are_kept_as_written() {
        let k: Known = toml::from_str("a = \"x\"\nlist = [1, 2]\nwhen = 2025-01-01\n[t]\nx = 1\ny = 2").unwrap();
        let rest: Vec<(&str, &Lenient<Unwanted>)> = k.rest.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let written = |s: &str| Lenient(Err(s.to_string()));
        assert_eq!(rest, [("list", &written("[…]")), ("t", &written("{…}")), ("when", &written("2025-01-01"))]);
    }

    #[test]
    fn an_unwanted_value_is_always_kept_as_written() {
        let v: Vec<Lenient<Unwanted>> =
            toml::from_str::<Entries<_>>("a = \"x\"\nb.c = 1").unwrap().0.into_iter().map(|(_, v)| v).collect();
        assert_eq!(v, [Lenient(Err("x".into())), Lenient(Err("{…}".into()))]);
    }
}
