fn main() {
    // A new migration must rebuild the binary that embeds it.
    println!("cargo:rerun-if-changed=migrations");
}
