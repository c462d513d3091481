package paper

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"eventday/browser"
)

// pdfTimeout is how long one page may take to print before the browser
// is given up on.
const pdfTimeout = 2 * time.Minute

// PDFs prints each HTML file with the browser at path, headless, and returns the
// PDFs in the same order. One browser prints them all where it can be
// spoken to over a pipe (not on Windows, where Go cannot hand it one);
// otherwise, or if that fails, each page is printed by a browser of its
// own, side by side. Each browser has a fresh profile in a temporary
// folder that is removed after, with everything that reaches out to the
// network turned off: the pages need nothing from it. The page numbers
// are the pages' own (their @page footer), so the browser's header and
// footer are off.
func PDFs(ctx context.Context, path string, htmlFiles []string) ([][]byte, error) {
	urls := make([]string, len(htmlFiles))
	for i, f := range htmlFiles {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, err
		}
		urls[i] = fileURL(abs)
	}
	ctx, cancel := context.WithTimeout(ctx, pdfTimeout)
	defer cancel()
	if out, err := printThroughPipe(ctx, path, urls); err == nil {
		return out, nil
	}
	out := make([][]byte, len(urls))
	errs := make([]error, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() {
			out[i], errs[i] = printOne(ctx, path, u)
			if errs[i] != nil {
				errs[i] = fmt.Errorf("%s: %w", filepath.Base(htmlFiles[i]), errs[i])
			}
		})
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// printThroughPipe prints every page with one browser, spoken to over its
// DevTools pipe, the pages side by side.
func printThroughPipe(ctx context.Context, path string, urls []string) ([][]byte, error) {
	b, err := browser.Start(ctx, path)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(urls))
	errs := make([]error, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() { out[i], errs[i] = printPage(ctx, b, u) })
	}
	wg.Wait()
	said := b.Close()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("%w%s", err, said)
	}
	for i, pdf := range out {
		if !bytes.HasPrefix(pdf, []byte("%PDF")) {
			return nil, fmt.Errorf("%s: not a PDF", urls[i])
		}
	}
	return out, nil
}

// printPage opens url in a page of its own and prints it to PDF at the
// size and margins of the page's @page rule, without the browser's header
// and footer.
func printPage(ctx context.Context, b *browser.Browser, url string) ([]byte, error) {
	p, err := b.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	var pdf struct{ Data string }
	if err := p.Call(ctx, "Page.printToPDF", map[string]any{
		"printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false,
	}, &pdf); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(pdf.Data)
}

// printOne prints one page with a browser of its own, by its command line.
func printOne(ctx context.Context, path, url string) ([]byte, error) {
	dir, err := os.MkdirTemp("", "eventday-print-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	pdf := filepath.Join(dir, "page.pdf")
	runErr := browser.Run(ctx, path,
		// Chromium 111 and later, and the older spelling.
		"--no-pdf-header-footer", "--print-to-pdf-no-header",
		"--print-to-pdf="+pdf, url)
	data, err := os.ReadFile(pdf)
	if err == nil && bytes.HasPrefix(data, []byte("%PDF")) {
		return data, nil
	}
	if runErr == nil {
		runErr = errors.New("it wrote no PDF")
	}
	return nil, runErr
}

// fileURL is the file: URL of an absolute path, C:\ and all on Windows.
func fileURL(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
