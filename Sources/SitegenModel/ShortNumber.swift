extension Double {
    /// `8` rather than `8.0`, `8.5` as it is: how settings such as the readability target are
    /// quoted back to editors.
    package var shortText: String {
        // Only whole numbers an Int can hold: `Int(1e19)` traps.
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
