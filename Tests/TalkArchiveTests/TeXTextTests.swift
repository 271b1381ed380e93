import Foundation
import XCTest
@testable import TalkArchive

/// TeX in arXiv metadata: names, accents kept in the index, and titles and abstracts on screen.
final class TeXTextTests: XCTestCase {
    func testAccentsInNamesBecomeUnicode() {
        let cases: [(String, String)] = [
            (#"\'a"#, "á"), (#"\"o"#, "ö"), (#"{\'e}"#, "é"), (#"\'{e}"#, "é"), (#"\c{c}"#, "ç"), (#"\v{s}"#, "š"),
            (#"\ss"#, "ß"), (#"\o"#, "ø"), (#"\aa"#, "å"), (#"\~n"#, "ñ"), (#"\^o"#, "ô"), (#"\`e"#, "è"),
            (#"\u{g}"#, "ğ"), (#"\H{o}"#, "ő"), (#"\l"#, "ł"), (#"{\"u}"#, "ü"), (#"\'{\i}"#, "í"), (#"\"\i"#, "ï"),
            (#"\k{a}"#, "ą"), (#"\={o}"#, "ō"), (#"\.{z}"#, "ż"), (#"\r{u}"#, "ů"), (#"\v C"#, "Č"), (#"\AA"#, "Å"),
            (#"Erd\H{o}s"#, "Erdős"), (#"\L{}ukasz"#, "Łukasz"), (#"{\L}ukasz"#, "Łukasz"), (#"Bj\o rn"#, "Bjørn"),
            (#"Stra\ss e"#, "Straße"), (#"Fran\c{c}ois~Dupont"#, "François Dupont"), (#"{van den} Berg"#, "van den Berg"),
            // What is no accent on a letter is left as written.
            (#"\'{}"#, #"\'"#), (#"\v{12}"#, #"\v12"#), (#"\foo x"#, #"\foo x"#),
        ]
        for (tex, expected) in cases {
            XCTAssertEqual(TeXText.name(tex), expected, tex)
        }
        XCTAssertEqual(TeXText.name("Ada Lovelace"), "Ada Lovelace")
    }

    func testNamesOfTheRealSnapshot() throws {
        let authors = try SnapshotFixture.lines().map { $0["authors"] as? String ?? "" }
        let converted = authors.map(TeXText.name)
        XCTAssertTrue(converted.contains("C. Balázs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan"))
        XCTAssertTrue(converted.contains("Rastislav Šrámek, Broňa Brejová, Tomáš Vinař"))
        XCTAssertTrue(converted.contains("Mikkel Øbro"))
        XCTAssertTrue(converted.contains("A. Esteban-Pretel, R. Tomàs and J. W. F. Valle"))
        XCTAssertTrue(converted.contains { $0.hasPrefix("Peter Brommer and Franz Gähler (Institut für Theoretische") })
        XCTAssertFalse(converted.contains { $0.contains("\\") }, "no TeX left in any real author list")
    }

    func testAccentsForTheIndexLeaveMathAsWritten() throws {
        XCTAssertEqual(TeXText.accents(#"Djokovi\'{c}'s and Winkler's relations"#), "Djoković's and Winkler's relations")
        XCTAssertEqual(TeXText.accents(#"Schr{\"o}dinger and Schr\"odinger"#), "Schrödinger and Schrödinger")
        XCTAssertEqual(TeXText.accents(#"the $(k,\ell)$-pebble game {\em with} colors"#), #"the $(k,\ell)$-pebble game {\em with} colors"#)
        XCTAssertEqual(TeXText.accents(#"$\'a$ \'a \$ \'a $$x$$ \(\'a\) \'e"#), #"$\'a$ á \$ á $$x$$ \(\'a\) é"#)
        XCTAssertEqual(TeXText.accents("no TeX here"), "no TeX here")
        let abstract = try XCTUnwrap(SnapshotFixture.line("0704.0010")["abstract"] as? String)
        XCTAssertTrue(TeXText.accents(abstract).contains("Djoković's and Winkler's relations"))
    }

    func testTitlesAndAbstractsReadOnScreen() {
        let cases: [(String, String)] = [
            (#"the $(k,\ell)$-pebble game"#, "the (k,ℓ)-pebble game"),
            (#"$\mathcal{O}(\alpha_s^3)$ corrections"#, "𝒪(αₛ³) corrections"),
            (#"$x^2$, $a_i$, $x^{-1}$, $e^{i\pi}$, $x_{n+1}$"#, "x², aᵢ, x⁻¹, e^(iπ), xₙ₊₁"),
            (#"$\Lambda_{\alpha}$ and $\sum_{n=0}^{\infty}$"#, "Λ_α and ∑ₙ₌₀^∞"),
            (#"$S_{\lambda+1/2}$"#, "S_(λ+1/2)"),
            (#"\emph{x} and Q\&A, 50\% of $\mathbb{R}^n$"#, "x and Q&A, 50% of ℝⁿ"),
            (#"$\frac{1}{2}$, $\frac{a+b}{c}$, $\frac12$, $\sqrt{5}$, $\sqrt{x+1}$"#, "1/2, (a+b)/c, 1/2, √5, √(x+1)"),
            (#"$\hat{x}$, $\vec v$, $\left( x \right.$ y"#, "x̂, v⃗, ( x y"),
            (#"``quoted'' --- and 1--2"#, "“quoted” — and 1–2"),
            (#"$\alpha\beta$ \, $a \le b$ \\ $\Gamma_0(N)$"#, "αβ a ≤ b Γ₀(N)"),
            (#"\Q(\sqrt{5})"#, #"\Q(√5)"#),
            (#"Schr\"odinger's $\psi$"#, "Schrödinger's ψ"),
            (#"$10^{-22}$ s, 10^(-22) outside math"#, "10⁻²² s, 10^(-22) outside math"),
            (#"{\bf bold} and {\cal O}"#, "bold and 𝒪"),
        ]
        for (tex, expected) in cases {
            XCTAssertEqual(TeXText.readable(tex), expected, tex)
        }
        XCTAssertEqual(TeXText.readable("Plain text, it's 2-3 words."), "Plain text, it's 2-3 words.")
        // Braces and ties in text are text (arXiv shows them so); in math and commands, TeX.
        XCTAssertEqual(TeXText.readable(#"K in {5, 10} for ~10 epochs, $\{1, 2\}$ and ${x}$, {\it a} \emph{b}"#),
                       "K in {5, 10} for ~10 epochs, {1, 2} and x, a b")
    }

    func testRealTitlesAndAbstractsLoseTheirTeX() throws {
        let title = try XCTUnwrap(SnapshotFixture.line("0704.0005")["title"] as? String)
        XCTAssertEqual(TeXText.readable(title), "From dyadic Λ_α to Λ_α")
        let pebble = try XCTUnwrap(SnapshotFixture.line("0704.0002")["abstract"] as? String)
        XCTAssertTrue(TeXText.readable(TextTools.collapse(pebble)).hasPrefix("We describe a new algorithm, the (k,ℓ)-pebble game with colors"))
        let cusp = TextTools.collapse(try XCTUnwrap(SnapshotFixture.line("0704.0012")["abstract"] as? String))
        XCTAssertTrue(TeXText.readable(cusp).contains("∑ₙ₌₀^∞ a_f(n)q ⁿ ∈ S_(λ+1/2)(Γ₀(N),χ)∩ ℤ[[q]]"), TeXText.readable(cusp))
        for line in try SnapshotFixture.lines() {
            for field in ["title", "abstract"] {
                let text = TextTools.collapse(line[field] as? String ?? "")
                let readable = TeXText.readable(text)
                XCTAssertFalse(readable.contains("$"), "\(line["id"]!) \(field): \(readable)")
            }
        }
    }

    func testSearchMarksInsideACommandStayAroundItsCharacter() {
        let marked = "$\\" + String(Highlight.open) + "alpha" + String(Highlight.close) + "$ decay"
        XCTAssertEqual(TeXText.readable(marked), String(Highlight.open) + "α" + String(Highlight.close) + " decay")
    }

    /// Hostile input: never a crash, and linear time (400 KB took four times as long as 100 KB).
    func testHostileInputIsLinearAndSafe() {
        let unit = 100_000
        let inputs: [String] = [
            String(repeating: "$", count: unit), String(repeating: "\\", count: unit), String(repeating: "{", count: unit),
            String(repeating: "}", count: unit), String(repeating: "{}", count: unit / 2), String(repeating: "\\\\", count: unit / 2),
            "$" + String(repeating: "^", count: unit), "$" + String(repeating: "_{", count: unit / 2),
            "$" + String(repeating: "\\frac{", count: unit / 6), "$" + String(repeating: "\\mathcal{", count: unit / 9),
            "$" + String(repeating: "\\sqrt{x+", count: unit / 8) + String(repeating: "}", count: unit / 8),
            String(repeating: "\\'", count: unit / 2), String(repeating: "{\\'", count: unit / 3), String(repeating: "\\v ", count: unit / 3),
            String(repeating: "-", count: unit), String(repeating: "`'", count: unit / 2), String(repeating: "\\sqrt[", count: unit / 6),
            String(repeating: "\\" + String(Highlight.open), count: unit / 2),
            "$" + String(repeating: "{x^{", count: unit / 4) + String(repeating: "}}", count: unit / 4),
        ]
        for input in inputs {
            let start = ContinuousClock.now
            for convert in [TeXText.readable, TeXText.accents, TeXText.name] { _ = convert(input) }
            // About 0.3 s in a debug build; quadratic work on 100 KB would take minutes.
            XCTAssertLessThan(ContinuousClock.now - start, .seconds(10), "\(input.prefix(12))…")
        }
        XCTAssertEqual(TeXText.readable(String(repeating: "$", count: unit)), "")
        XCTAssertEqual(TeXText.readable("\\\\\\\\\\\\"), " ")
        XCTAssertEqual(TeXText.accents("\\\\\\\\\\\\"), "\\\\\\\\\\\\")
        XCTAssertEqual(TeXText.readable("}}}a{{{b"), "}}}a{{{b")
        XCTAssertEqual(TeXText.readable("\\relax}}}a{{{b"), "}}}a{{{b")
        XCTAssertEqual(TeXText.readable("$}}}a{{{b"), "ab")
        XCTAssertEqual(TeXText.readable("$\\mathcal{O"), "𝒪")
        XCTAssertEqual(TeXText.readable("\\"), "\\")
        XCTAssertEqual(TeXText.name("a\\"), "a\\")
        // Random bytes (valid UTF-8 of them) through all three.
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("\\${}^_~-`' ab'\"vHc{}\u{E000}\u{E001}é".unicodeScalars)
        for _ in 0..<200 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<200, using: &generator) { text.append(alphabet.randomElement(using: &generator)!) }
            let string = String(text)
            _ = TeXText.readable(string)
            _ = TeXText.accents(string)
            _ = TeXText.name(string)
        }
    }
}

/// The real snapshot lines of `Tests/Fixtures/arxiv-snapshot` (sources in its SOURCES.md).
enum SnapshotFixture {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/arxiv-snapshot")
    static let files = ["real-lines.jsonl", "old-style-id.jsonl"].map { folder.appendingPathComponent($0) }

    static func lines() throws -> [[String: Any]] {
        try files.flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
                try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
    }

    static func line(_ id: String) throws -> [String: Any] {
        try XCTUnwrap(lines().first { $0["id"] as? String == id }, id)
    }

    static func rawLine(_ id: String) throws -> String {
        let all = try files.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
        return try XCTUnwrap(all.first { $0.hasPrefix("{\"id\":\"\(id)\",") }, id)
    }
}
