//! Web archives (`.mhtml`, `.mht`): a page saved by a browser with its images in one MIME
//! multipart file (RFC 2557). The first `text/html` part is the page: its transfer encoding
//! (quoted-printable, base64) undone and its bytes handed to the HTML reader, with the charset
//! the part declares.
//!
//! A small reader rather than a mail crate: the maintained one (`mail-parser` 1.x) needs a newer
//! Rust than this crate's, and only the parts' headers, boundaries and two transfer encodings
//! are needed here. Nesting is followed a few levels deep at most.

use encoding_rs::Encoding;

use crate::intake::decode::{Fault, FaultArg, SkipReason};

/// Multipart parts inside parts followed at most this deep (`related` holding `alternative`).
const MAX_DEPTH: usize = 4;

/// The page of a web archive: its HTML bytes, and the encoding its part declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlPart {
    pub bytes: Vec<u8>,
    pub charset: Option<&'static Encoding>,
}

/// The first `text/html` part of the archive `bytes`, decoded from its transfer encoding.
pub fn html_part(bytes: &[u8]) -> Result<HtmlPart, SkipReason> {
    let (headers, body) = split_head(bytes).ok_or_else(|| malformed("mhtml-no-headers", &[]))?;
    find_html(&headers, body, 0)?.ok_or_else(|| malformed("mhtml-no-page", &[]))
}

/// A web archive that cannot be read, said in the interface's language.
fn malformed(id: &'static str, args: &[(&'static str, FaultArg)]) -> SkipReason {
    SkipReason::Malformed(Fault::said(id, args))
}

fn find_html(headers: &Headers, body: &[u8], depth: usize) -> Result<Option<HtmlPart>, SkipReason> {
    let content_type = headers.get("content-type").unwrap_or("text/plain");
    let (mime, params) = parse_content_type(content_type);
    if mime == "text/html" {
        let bytes = transfer_decode(headers.get("content-transfer-encoding"), body)?;
        let charset = params
            .iter()
            .find(|(k, _)| k == "charset")
            .and_then(|(_, v)| Encoding::for_label(v.as_bytes()));
        return Ok(Some(HtmlPart { bytes, charset }));
    }
    if !mime.starts_with("multipart/") {
        return Ok(None);
    }
    if depth >= MAX_DEPTH {
        return Err(malformed("mhtml-too-deep", &[]));
    }
    let boundary = params
        .iter()
        .find(|(k, _)| k == "boundary")
        .map(|(_, v)| v.as_str())
        .filter(|b| !b.is_empty())
        .ok_or_else(|| malformed("mhtml-no-boundary", &[]))?;
    for part in parts(body, boundary.as_bytes()) {
        let Some((headers, body)) = split_head(part) else {
            continue;
        };
        if let Some(found) = find_html(&headers, body, depth + 1)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// A part's headers, names lower-cased, folded lines joined.
#[derive(Debug, Default)]
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Headers and body of a message or part: the headers end at the first empty line. `None` when
/// there is no empty line, or a line before it is not a header.
fn split_head(bytes: &[u8]) -> Option<(Headers, &[u8])> {
    let mut headers = Headers::default();
    let mut rest = bytes;
    loop {
        let end = rest.iter().position(|&b| b == b'\n')?;
        let line = trim_cr(&rest[..end]);
        rest = &rest[end + 1..];
        if line.is_empty() {
            return Some((headers, rest));
        }
        let line = String::from_utf8_lossy(line);
        if line.starts_with([' ', '\t']) {
            let (_, value) = headers.0.last_mut()?;
            value.push(' ');
            value.push_str(line.trim());
        } else {
            let (name, value) = line.split_once(':')?;
            headers
                .0
                .push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// `text/html; charset="windows-1256"` → (`text/html`, [(`charset`, `windows-1256`)]).
fn parse_content_type(value: &str) -> (String, Vec<(String, String)>) {
    let mut pieces = value.split(';');
    let mime = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
    let params = pieces
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| {
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(v);
            (k.trim().to_ascii_lowercase(), v.to_owned())
        })
        .collect();
    (mime, params)
}

/// The parts between `--boundary` lines, up to `--boundary--` (or the end); what comes before
/// the first delimiter is the preamble and is left out.
fn parts<'a>(body: &'a [u8], boundary: &[u8]) -> Vec<&'a [u8]> {
    let mut delimiter = b"--".to_vec();
    delimiter.extend_from_slice(boundary);
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    while at < body.len() {
        let end = body[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(body.len(), |i| at + i);
        let line = trim_cr(&body[at..end]);
        if let Some(after) = line.strip_prefix(delimiter.as_slice()) {
            if let Some(from) = start.take() {
                // The line break before a delimiter belongs to the delimiter.
                let part = &body[from..at];
                let part = part.strip_suffix(b"\n").unwrap_or(part);
                parts.push(part.strip_suffix(b"\r").unwrap_or(part));
            }
            if after.starts_with(b"--") {
                return parts;
            }
            start = Some((end + 1).min(body.len()));
        }
        at = end + 1;
    }
    if let Some(from) = start {
        parts.push(&body[from..]);
    }
    parts
}

fn transfer_decode(encoding: Option<&str>, body: &[u8]) -> Result<Vec<u8>, SkipReason> {
    match encoding.map(|e| e.trim().to_ascii_lowercase()).as_deref() {
        Some("quoted-printable") => Ok(quoted_printable(body)),
        Some("base64") => base64(body).ok_or_else(|| malformed("mhtml-broken-base64", &[])),
        None | Some("7bit" | "8bit" | "binary") => Ok(body.to_vec()),
        Some(other) => Err(malformed(
            "mhtml-transfer-encoding",
            &[("encoding", other.into())],
        )),
    }
}

/// RFC 2045 quoted-printable: `=XX` is a byte, `=` at a line's end joins it to the next; a
/// broken escape is kept as it is written.
fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        let rest = &body[i + 1..];
        if rest.starts_with(b"\r\n") {
            i += 3;
        } else if rest.starts_with(b"\n") {
            i += 2;
        } else if let Some(byte) = rest.get(..2).and_then(hex_byte) {
            out.push(byte);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    out
}

fn hex_byte(pair: &[u8]) -> Option<u8> {
    let digit = |c: u8| char::from(c).to_digit(16);
    let value = digit(pair[0])? * 16 + digit(pair[1])?;
    u8::try_from(value).ok()
}

/// Base64 with line breaks and padding; `None` for a character outside the alphabet.
fn base64(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len() / 4 * 3);
    let (mut bits, mut count) = (0u32, 0u32);
    for &c in body {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\r' | b'\n' | b' ' | b'\t' => continue,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push(u8::try_from((bits >> count) & 0xff).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language};

    const PAGE: &str = "<html><head><title>t</title></head><body><p>نص</p></body></html>";

    #[test]
    fn a_web_archive_not_read_is_said_in_the_interface_language() {
        let sources: [&[u8]; 2] = [
            b"<html>no headers</html>",
            b"Content-Type: multipart/related\r\n\r\n--x\r\n",
        ];
        let refusals = |language| {
            in_language(language, || {
                sources
                    .iter()
                    .map(|bytes| html_part(bytes).expect_err("refused").to_string())
                    .collect::<Vec<_>>()
            })
        };
        let english = refusals(Language::English);
        assert_eq!(
            english[0],
            "cannot be read: no MIME headers (is it a web archive?)"
        );
        let arabic = refusals(Language::Arabic);
        crate::i18n::assert_arabic(&arabic, &english, &["headers", "archive", "boundary"]);
        assert!(arabic[0].contains("MIME") && arabic[1].contains("multipart"));
    }

    fn archive(html_headers: &str, html_body: &str) -> Vec<u8> {
        format!(
            "From: <Saved by Blink>\r\nSubject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\
             \tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\
             preamble\r\n------MultipartBoundary--abc----\r\n{html_headers}\r\n\r\n{html_body}\r\n\
             ------MultipartBoundary--abc----\r\nContent-Type: image/png\r\n\
             Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\
             ------MultipartBoundary--abc------\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn the_html_part_is_found_and_its_transfer_encoding_undone() {
        let qp = "<p>=D8=B3=D9=84=D8=A7=D9=85</p>=\r\n<p>a=3Db</p>";
        let part = html_part(&archive(
            "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable",
            qp,
        ))
        .expect("an HTML part");
        assert_eq!(String::from_utf8_lossy(&part.bytes), "<p>سلام</p><p>a=b</p>");
        assert_eq!(part.charset, Some(encoding_rs::UTF_8));

        let b64 = "PGh0bWw+PGJvZHk+PHA+\r\n2LPZhNin2YU8L3A+PC9ib2R5PjwvaHRtbD4=";
        let part = html_part(&archive(
            "Content-Type: text/html\r\nContent-Transfer-Encoding: base64",
            b64,
        ))
        .expect("an HTML part");
        assert_eq!(
            String::from_utf8_lossy(&part.bytes),
            "<html><body><p>سلام</p></body></html>"
        );
        assert_eq!(part.charset, None);

        let (windows_1256, _, _) = encoding_rs::WINDOWS_1256.encode(PAGE);
        let mut raw = archive(
            "Content-Type: text/html; charset=windows-1256\r\nContent-Transfer-Encoding: 8bit",
            "@",
        );
        let at = raw
            .iter()
            .position(|&b| b == b'@')
            .expect("the body's place");
        raw.splice(at..=at, windows_1256.iter().copied());
        let part = html_part(&raw).expect("an HTML part");
        assert_eq!(part.bytes, windows_1256.as_ref());
        assert_eq!(part.charset, Some(encoding_rs::WINDOWS_1256));
    }

    #[test]
    fn nested_parts_are_followed_and_bad_archives_reported() {
        let nested = format!(
            "Content-Type: multipart/alternative; boundary=inner\n\n--inner\n\
             Content-Type: text/plain\n\nplain\n--inner\nContent-Type: text/html\n\n{PAGE}\n--inner--\n"
        );
        let part = html_part(nested.as_bytes()).expect("an HTML part");
        assert_eq!(String::from_utf8_lossy(&part.bytes), PAGE);

        let no_html = archive("Content-Type: text/css", "p{}");
        for (bytes, reason) in [
            (no_html.as_slice(), "a web archive without an HTML page"),
            (b"<html>no headers</html>".as_slice(), "no MIME headers"),
            (
                b"Content-Type: multipart/related\r\n\r\n--x\r\n".as_slice(),
                "without a boundary",
            ),
        ] {
            let Err(SkipReason::Malformed(message)) = html_part(bytes) else {
                panic!("{reason}: refused");
            };
            assert!(message.to_string().contains(reason), "{message}");
        }
        let broken = archive(
            "Content-Type: text/html\r\nContent-Transfer-Encoding: base64",
            "<p>not base64</p>",
        );
        assert!(matches!(html_part(&broken), Err(SkipReason::Malformed(_))));
        let mut deep = format!("Content-Type: text/html\n\n{PAGE}\n");
        for level in 0..6 {
            deep = format!(
                "Content-Type: multipart/mixed; boundary=b{level}\n\n--b{level}\n{deep}--b{level}--\n"
            );
        }
        let Err(SkipReason::Malformed(message)) = html_part(deep.as_bytes()) else {
            panic!("too deep: refused");
        };
        assert!(message.to_string().contains("nested too deep"), "{message}");
    }
}
