package ingest

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// readText reads a plain-text or Markdown article. The title, boilerplate and
// dateline are left to Finish, which every format shares.
func readText(name string, data []byte, _ Options) ([]Document, error) {
	text, err := DecodeText(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty file")
	}
	return []Document{{Path: name, Body: text}}, nil
}

// cp1252High maps bytes 0x80–0x9F of Windows-1252 to runes; zero marks the five
// bytes the code page leaves undefined, which are dropped rather than shown as
// boxes (FA-KES has stray 0x81 bytes). 0xA0–0xFF are the same as Latin-1.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// DecodeCP1252 decodes Windows-1252 bytes, dropping the undefined ones.
func DecodeCP1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			if r := cp1252High[c-0x80]; r != 0 {
				b.WriteRune(r)
			}
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// ErrBinary is returned when a file that should hold text holds binary data.
var ErrBinary = errors.New("binary data, not text")

// DecodeText turns a text file's bytes into a UTF-8 string: a UTF-8 or UTF-16
// byte-order mark is honoured, valid UTF-8 is kept as it is (so byte offsets
// into it are offsets into the file), and anything else is read as cp1252.
// Line endings are not changed here: offsets must stay true to the file.
func DecodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), nil
	}
	if looksBinary(data) {
		return "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	return DecodeCP1252(data), nil
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// looksBinary reports whether the start of data holds NUL bytes or many
// control characters, which no article text has.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if len(head) == 0 {
		return false
	}
	controls := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			controls++
		}
	}
	return controls*20 > len(head)
}
