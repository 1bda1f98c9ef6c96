extension Optional {
    /// A memo slot: the value kept from the last build while `stillValid` says it holds, otherwise
    /// a fresh one from `make`, kept for the next build.
    package mutating func reuse(if stillValid: (Wrapped) -> Bool, else make: () -> Wrapped) -> Wrapped {
        if let kept = self, stillValid(kept) { return kept }
        let fresh = make()
        self = fresh
        return fresh
    }
}
