// Command oracle prints what kubectl reads from a manifest: one JSON line per document, either
// {"ok":true,"json":…} (what is sent to the API server) or {"ok":false,"error":"…"}. It reads the
// files named as arguments (each line then carries "file") or stdin. The parity tests in
// test/parity compare kstorelint's YAML front end with it. It follows kubectl's path through
// k8s.io/apimachinery/pkg/util/yaml: a leading "{" is tried as a JSON stream first; YAMLReader
// splits on lines starting with "---", where only a comment may follow; each document goes through
// YAMLToJSON (sigs.k8s.io/yaml is ghodss/yaml over go-yaml v2). A document that starts with a bad
// separator line is reported as that document's error; kubectl would stop the file there.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ghodss/yaml"
)

type document struct {
	File  string          `json:"file,omitempty"`
	OK    bool            `json:"ok"`
	JSON  json.RawMessage `json:"json,omitempty"`
	Error string          `json:"error,omitempty"`
}

// fromJSON decodes a stream that starts with "{" as JSON values, as YAMLOrJSONDecoder does; where
// JSON fails after at most one value, the rest is handed to the YAML path.
func fromJSON(text []byte) (docs []document, rest []byte) {
	decoder := json.NewDecoder(bytes.NewReader(text))
	for consumed := int64(0); ; consumed = decoder.InputOffset() {
		var raw json.RawMessage
		err := decoder.Decode(&raw)
		if err == io.EOF {
			return docs, nil
		} else if err != nil && len(docs) > 1 {
			return append(docs, document{Error: err.Error()}), nil
		} else if err != nil {
			rest = bytes.TrimLeft(text[consumed:], " \t\r\f\v")
			return docs, bytes.TrimPrefix(rest, []byte("\n"))
		}
		docs = append(docs, document{OK: true, JSON: raw})
	}
}

// fromYAML splits as YAMLReader does (its LineReader turns CRLF into LF) and converts each document.
func fromYAML(text []byte) (docs []document) {
	var buffer bytes.Buffer
	separatorError := ""
	flush := func() {
		if separatorError != "" {
			docs = append(docs, document{Error: separatorError})
		} else if buffer.Len() > 0 {
			converted, err := yaml.YAMLToJSON(buffer.Bytes())
			if err != nil {
				docs = append(docs, document{Error: err.Error()})
			} else {
				docs = append(docs, document{OK: true, JSON: converted})
			}
		}
		buffer.Reset()
		separatorError = ""
	}
	lines := bufio.NewReader(bytes.NewReader(text))
	for {
		line, err := lines.ReadString('\n')
		if line == "" && err != nil {
			break
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r") + "\n"
		if strings.HasPrefix(line, "---") {
			flush()
			if trimmed := strings.TrimSpace(line[3:]); trimmed != "" && trimmed[0] != '#' {
				separatorError = "invalid Yaml document separator: " + trimmed
			}
			continue
		}
		buffer.WriteString(line)
	}
	flush()
	return docs
}

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, file := range files {
		var text []byte
		var err error
		if file == "-" {
			text, err = io.ReadAll(os.Stdin)
		} else {
			text, err = os.ReadFile(file)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		// kubectl's FileVisitor drops a UTF-8 byte order mark before decoding.
		text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
		var docs []document
		if trimmed := bytes.TrimLeft(text, " \t\r\n\f\v"); len(trimmed) > 0 && trimmed[0] == '{' {
			docs, text = fromJSON(text)
		}
		docs = append(docs, fromYAML(text)...)
		for _, doc := range docs {
			if file != "-" {
				doc.File = file
			}
			line, _ := json.Marshal(doc)
			fmt.Fprintf(out, "%s\n", line)
		}
	}
}
