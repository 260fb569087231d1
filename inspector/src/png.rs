//! Unbaking a PNG badge: the credential travels in an `iTXt` chunk with the keyword
//! `openbadgecredential`, uncompressed, at most once (Open Badges 3.0, §5.3.1 "PNG",
//! <https://www.imsglobal.org/spec/ob/v3p0/#png-baking>). Open Badges 2.0 used the keyword
//! `openbadges`.

use crate::i18n::{Detail, Lang};

/// The eight bytes every PNG starts with.
pub const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

/// What a baked PNG carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Baked {
    /// OB 3.0: the text of the `openbadgecredential` chunk (JSON or a compact JWS).
    Credential(String),
    /// OB 2.0: the text of the `openbadges` chunk (a URL or JSON of a hosted assertion).
    OpenBadges2(String),
}

/// Why a PNG yields no credential; [`PngError::message`] words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PngError {
    /// The first bytes are not the PNG signature.
    NotPng,
    /// The file ends before its `IEND` chunk.
    Truncated,
    /// A chunk (its name) says it is longer (bytes) than what is left of the file.
    PastEnd { chunk: String, length: usize },
    /// A chunk's checksum does not match its content.
    Crc { chunk: String },
    /// Two `openbadgecredential` chunks.
    TwoCredentials,
    /// No credential chunk at all: an ordinary image.
    NoCredential,
    /// The credential chunk (its keyword) is compressed.
    Compressed { keyword: String },
    /// The credential chunk (its keyword) is not UTF-8.
    NotUtf8 { keyword: String },
}

impl PngError {
    /// What is wrong with the PNG, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NotPng => lang.t(Detail::PngNotPng).to_owned(),
            Self::Truncated => lang.t(Detail::PngTruncated).to_owned(),
            Self::PastEnd { chunk, length } => lang.fill(
                Detail::PngPastEnd,
                &[("chunk", chunk), ("length", &lang.number(*length))],
            ),
            Self::Crc { chunk } => lang.fill(Detail::PngCrc, &[("chunk", chunk)]),
            Self::TwoCredentials => lang.t(Detail::PngTwoCredentials).to_owned(),
            Self::NoCredential => lang.t(Detail::PngNoCredential).to_owned(),
            Self::Compressed { keyword } => {
                lang.fill(Detail::PngCompressed, &[("keyword", keyword)])
            }
            Self::NotUtf8 { keyword } => lang.fill(Detail::PngNotUtf8, &[("keyword", keyword)]),
        }
    }
}

crate::i18n::english_display!(PngError);

/// Finds the baked credential in `bytes` (which start with [`SIGNATURE`]).
pub fn unbake(bytes: &[u8]) -> Result<Baked, PngError> {
    let mut rest = bytes.strip_prefix(&SIGNATURE[..]).ok_or(PngError::NotPng)?;
    let mut found: Option<String> = None;
    let mut legacy: Option<String> = None;
    loop {
        let Some((length, after)) = rest.split_first_chunk::<4>() else {
            return Err(PngError::Truncated);
        };
        let Some((kind, after)) = after.split_first_chunk::<4>() else {
            return Err(PngError::Truncated);
        };
        let length = u32::from_be_bytes(*length) as usize;
        let chunk = || String::from_utf8_lossy(kind).into_owned();
        let past_end = || PngError::PastEnd {
            chunk: chunk(),
            length,
        };
        let (data, after) = after.split_at_checked(length).ok_or_else(past_end)?;
        let (crc, after) = after.split_first_chunk::<4>().ok_or_else(past_end)?;
        if crc32(&[kind, data]) != u32::from_be_bytes(*crc) {
            return Err(PngError::Crc { chunk: chunk() });
        }
        match kind {
            b"iTXt" => {
                if let Some((keyword, text)) = itxt(data)? {
                    if keyword == "openbadgecredential" {
                        if found.is_some() {
                            return Err(PngError::TwoCredentials);
                        }
                        found = Some(text);
                    } else if keyword == "openbadges" {
                        legacy = Some(text);
                    }
                }
            }
            b"tEXt" => {
                if let Some(text) = tekst(data, "openbadges") {
                    legacy = Some(text);
                }
            }
            b"IEND" => break,
            _ => {}
        }
        rest = after;
    }
    match (found, legacy) {
        (Some(text), _) => Ok(Baked::Credential(text)),
        (None, Some(text)) => Ok(Baked::OpenBadges2(text)),
        (None, None) => Err(PngError::NoCredential),
    }
}

/// An iTXt chunk as (keyword, text), or an error when the credential chunk is compressed.
/// Layout (PNG spec): keyword NUL, compression flag, compression method, language tag NUL,
/// translated keyword NUL, text.
fn itxt(data: &[u8]) -> Result<Option<(String, String)>, PngError> {
    let Some(nul) = data.iter().position(|&b| b == 0) else {
        return Ok(None);
    };
    let (keyword, rest) = data.split_at(nul);
    let keyword = String::from_utf8_lossy(keyword).into_owned();
    let Some((&[_, flag, _method], rest)) = rest.split_first_chunk::<3>() else {
        return Ok(None);
    };
    let Some(lang_end) = rest.iter().position(|&b| b == 0) else {
        return Ok(None);
    };
    let rest = rest.get(lang_end + 1..).unwrap_or_default();
    let Some(translated_end) = rest.iter().position(|&b| b == 0) else {
        return Ok(None);
    };
    let text = rest.get(translated_end + 1..).unwrap_or_default();
    if matches!(keyword.as_str(), "openbadgecredential" | "openbadges") && flag != 0 {
        return Err(PngError::Compressed { keyword });
    }
    match String::from_utf8(text.to_vec()) {
        Ok(text) => Ok(Some((keyword, text))),
        Err(_) => Err(PngError::NotUtf8 { keyword }),
    }
}

/// A tEXt chunk's text when its keyword is `wanted` (Latin-1 in the PNG spec; OB 2.0 put
/// URLs or JSON there, which is ASCII).
fn tekst(data: &[u8], wanted: &str) -> Option<String> {
    let nul = data.iter().position(|&b| b == 0)?;
    let (keyword, rest) = data.split_at(nul);
    (keyword == wanted.as_bytes())
        .then(|| String::from_utf8_lossy(rest.get(1..).unwrap_or_default()).into_owned())
}

/// CRC-32 (ISO 3309, as in PNG) over the concatenation of `parts`.
fn crc32(parts: &[&[u8]]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for byte in parts.iter().flat_map(|p| p.iter()) {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Builds a PNG chunk (tests and fuzz-style hostile inputs).
pub fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 12);
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc32(&[kind, data]).to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    fn crc_of_iend_is_the_well_known_value() {
        assert_eq!(crc32(&[b"IEND", b""]), 0xae42_6082);
    }
}
