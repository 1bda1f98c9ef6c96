extension Double {
    /// `8` rather than `8.0`, `8.5` as it is: how settings such as the readability target are
    /// quoted back to editors.
    package var shortText: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
