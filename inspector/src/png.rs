//! Unbaking a PNG badge: the credential travels in an `iTXt` chunk with the keyword
//! `openbadgecredential`, uncompressed, at most once (Open Badges 3.0, §5.3.1 "PNG",
//! <https://www.imsglobal.org/spec/ob/v3p0/#png-baking>). Open Badges 2.0 used the keyword
//! `openbadges`.

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

/// Finds the baked credential in `bytes` (which start with [`SIGNATURE`]).
pub fn unbake(bytes: &[u8]) -> Result<Baked, String> {
    let mut rest = bytes
        .strip_prefix(&SIGNATURE[..])
        .ok_or("This is not a PNG file (its first bytes are not the PNG signature).")?;
    let mut found: Option<String> = None;
    let mut legacy: Option<String> = None;
    loop {
        let Some((length, after)) = rest.split_first_chunk::<4>() else {
            return Err("The PNG file is truncated: it ends before its IEND chunk.".into());
        };
        let Some((kind, after)) = after.split_first_chunk::<4>() else {
            return Err("The PNG file is truncated: it ends before its IEND chunk.".into());
        };
        let length = u32::from_be_bytes(*length) as usize;
        let name = String::from_utf8_lossy(kind).into_owned();
        let past_end = || {
            format!(
                "The PNG file is damaged: chunk \"{name}\" says it is {length} bytes long, \
                 which runs past the end of the file."
            )
        };
        let (data, after) = after.split_at_checked(length).ok_or_else(past_end)?;
        let (crc, after) = after.split_first_chunk::<4>().ok_or_else(past_end)?;
        if crc32(&[kind, data]) != u32::from_be_bytes(*crc) {
            return Err(format!(
                "The PNG file is damaged: the checksum (CRC) of chunk \"{name}\" does not match \
                 its content."
            ));
        }
        match kind {
            b"iTXt" => {
                if let Some((keyword, text)) = itxt(data)? {
                    if keyword == "openbadgecredential" {
                        if found.is_some() {
                            return Err("The PNG has two openbadgecredential chunks; Open \
                                        Badges 3.0 allows one, so it is ambiguous which \
                                        credential it carries."
                                .into());
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
        (None, None) => Err(
            "This PNG carries no credential: it has no iTXt chunk with the \
                             keyword \"openbadgecredential\" (Open Badges 3.0 baking), so it \
                             is an ordinary image, not a baked badge."
                .into(),
        ),
    }
}

/// An iTXt chunk as (keyword, text), or an error when the credential chunk is compressed.
/// Layout (PNG spec): keyword NUL, compression flag, compression method, language tag NUL,
/// translated keyword NUL, text.
fn itxt(data: &[u8]) -> Result<Option<(String, String)>, String> {
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
        return Err(format!(
            "The PNG's {keyword} chunk is compressed. Open Badges 3.0 says the credential is \
             stored without compression, and this inspector does not decompress it."
        ));
    }
    match String::from_utf8(text.to_vec()) {
        Ok(text) => Ok(Some((keyword, text))),
        Err(_) => Err(format!("The PNG's {keyword} chunk is not UTF-8 text.")),
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
