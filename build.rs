//! Windows builds get the app icon and version information in the .exe.
//! Other targets need nothing here.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icon.ico")
        .set("ProductName", "Wijkdashboard")
        // The publisher the MSI names in Apps & onderdelen too.
        .set("CompanyName", "Gemeente Utrecht")
        .set(
            "FileDescription",
            "Wijkdashboard: wijken, wijkplatforms, indicatoren en budget",
        )
        .set("LegalCopyright", "EUPL-1.2")
        .set_language(0x0413); // Dutch (Netherlands)
    if let Err(error) = resource.compile() {
        // A missing resource compiler must not pass unnoticed in a release.
        panic!("could not embed the icon and version information: {error}");
    }
}
