//! The keys of what the readers say of an input, a status list, a key or a proof they
//! cannot use: a truncated PNG, a JWT in two parts, a list that is not JSON, a did:key that
//! is not Ed25519 … Each reader returns a typed error; its `message(lang)` fills one of
//! these. The English catalogue (`en_detail.rs`) is the reference text.

messages! {
    /// One reader's detail message.
    enum Detail;
    // A baked PNG (png.rs).
    PngNotPng,
    PngTruncated,
    PngPastEnd,
    PngCrc,
    PngTwoCredentials,
    PngNoCredential,
    PngCompressed,
    PngNotUtf8,
    // A baked SVG (svg.rs).
    SvgNoCredential,
    SvgTruncatedTag,
    SvgNoVerifyNorContent,
    SvgUnclosed,
    SvgCdataUnclosed,
    SvgEmpty,
    // JSON syntax (json.rs): where, then serde_json's problems, one key each.
    JsonAt,
    JsonEofList,
    JsonEofObject,
    JsonEofString,
    JsonEofValue,
    JsonColon,
    JsonListCommaOrEnd,
    JsonObjectCommaOrEnd,
    JsonIdent,
    JsonValue,
    JsonDoubleQuote,
    JsonEscape,
    JsonNumber,
    JsonNumberRange,
    JsonCodePoint,
    JsonControl,
    JsonKey,
    JsonSurrogate,
    JsonTrailingComma,
    JsonTrailing,
    JsonHexEnd,
    // A compact JWT (jwt.rs): its parts, what is wrong with one, how claims were read.
    JwtNotThreeParts,
    JwtHeader,
    JwtPayload,
    JwtSignature,
    JwtNotBase64url,
    JwtNotUtf8,
    JwtTooDeep,
    JwtNotJson,
    JwtNotObject,
    JwtTaken,
    JwtIssDiffers,
}
