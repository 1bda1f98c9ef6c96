import Foundation
import SitegenModel

/// Alt texts that only look like descriptions: a placeholder word ("image", "foto") or the
/// image's file name. A screen reader reads either out as the whole description of the picture,
/// so each is an error, as a missing alt text is.
enum ImageAltText {
    /// Words that name the kind of thing, not what it shows, in the languages sitegen has theme
    /// texts for (English and Spanish), with a leading article or two dropped before comparing.
    private static let placeholders: Set<String> = [
        "image", "images", "picture", "pictures", "photo", "photos", "photograph", "graphic", "graphics",
        "img", "pic", "figure", "illustration", "alt", "alt text", "placeholder", "untitled",
        "imagen", "imágenes", "foto", "fotos", "fotografía", "gráfico", "figura", "ilustración",
    ]
    private static let articles: Set<String> = ["a", "an", "the", "un", "una", "el", "la"]
    private static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff", "heic"]

    /// Why `text` (trimmed, not empty) is not a description of the image at `url`, as the end of a
    /// sentence that starts "image 'url' has …", or nil when it may be one.
    static func problem(_ text: String, url: String) -> String? {
        let words = text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
            .split(whereSeparator: \.isWhitespace).map(String.init)
        let kept = words.first.map { articles.contains($0) } == true ? Array(words.dropFirst()) : words
        if placeholders.contains(kept.joined(separator: " ")) {
            return "the alt text '\(text)', which tells a screen-reader user only that there is a picture"
        }
        if isFileName(text, url: url) {
            return "its file name '\(text)' as its alt text, which a screen reader reads out as it is"
        }
        return nil
    }

    /// A single word that ends in an image extension (`rash.png`), or that is the image's own file
    /// name without it when that name is not plain words (`thigh-muscles`, `IMG_0042`): a one-word
    /// description such as "Rash" for `rash.png` stays allowed.
    private static func isFileName(_ text: String, url: String) -> Bool {
        guard !text.contains(where: \.isWhitespace) else { return false }
        let lowered = text.lowercased()
        if let dot = lowered.lastIndex(of: "."), imageExtensions.contains(String(lowered[lowered.index(after: dot)...])) { return true }
        let file = (url.split(separator: "/").last.map(String.init) ?? url).lowercased()
        let stem = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
        let notPlainWords = lowered.contains(where: { $0 == "-" || $0 == "_" || $0.isNumber })
        return notPlainWords && (lowered == stem || lowered == file)
    }
}
