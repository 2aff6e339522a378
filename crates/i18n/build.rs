//! Compiles every catalogue file under `locales/<lang>/` into the crate, so a new `.ftl` file
//! is picked up without editing code and the binary needs no files beside it.
use std::{env, fs, path::Path};

fn main() {
    // Read when the script runs, not when it compiles: one compiled script serves every
    // checkout that shares a target directory (CI's cache, a second worktree).
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// (language tag, file name, contents) of every catalogue file.\npub(crate) static SOURCES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir(&root).expect("locales/ beside the crates").flatten().collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path()).unwrap().flatten().filter(|f| f.path().extension().is_some_and(|x| x == "ftl")).collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            println!("cargo:rerun-if-changed={}", f.path().display());
            let path = f.path().canonicalize().unwrap();
            out += &format!(
                "    ({:?}, {:?}, include_str!({:?})),\n",
                lang.file_name().to_string_lossy(),
                f.file_name().to_string_lossy(),
                path.display().to_string()
            );
        }
    }
    out += "];\n";
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("sources.rs"), out).unwrap();
}
