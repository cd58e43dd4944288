//! The layers only look down, and no two modules import each other.
//!
//! The order of the layers is written once, in the `layers` block of
//! `ARCHITECTURE.md`; this test reads it from there. Each file of `src/`
//! belongs to the deepest layer whose path starts its module path
//! (`src/ui/widgets/palette.rs` is `ui::widgets`). Its imports are the
//! `crate::…`, `super::…` and `self::…` paths outside its tests, resolved to
//! the file that defines them. An import of a file in a higher layer fails
//! the test, and so does any cycle of imports between files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModulePath = Vec<String>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The layers, lowest first, from the `layers` block of ARCHITECTURE.md.
fn layers() -> Vec<ModulePath> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let block = text
        .split("```layers")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("ARCHITECTURE.md has a ```layers block");
    let layers: Vec<ModulePath> = block
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let name = line.split_whitespace().next().unwrap_or_default();
            name.split("::").map(str::to_owned).collect()
        })
        .collect();
    assert!(
        layers.len() >= 5,
        "too few layers in ARCHITECTURE.md: {layers:?}"
    );
    layers
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// `src/ui/wijken/mod.rs` → `ui::wijken`; `src/lib.rs` → the crate root.
fn module_path(src: &Path, file: &Path) -> ModulePath {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: ModulePath = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts
}

/// The source without its `#[cfg(test)]` modules (tests may import freely).
fn without_tests(text: &str) -> String {
    let mut kept = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("#[cfg(test)]") {
        kept.push_str(&rest[..start]);
        let after = &rest[start..];
        // Skip to the end of the item that follows: its braces balanced.
        let Some(open) = after.find('{') else {
            break;
        };
        let mut depth = 0;
        let mut end = after.len();
        for (index, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + index + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    kept.push_str(rest);
    kept
}

/// Every path a `use` declaration names: `use crate::a::{b, c::d};` gives
/// `crate::a::b` and `crate::a::c::d`.
fn use_paths(declaration: &str) -> Vec<String> {
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        let tree = tree.trim();
        if let Some(open) = tree.find('{') {
            let head = format!("{prefix}{}", &tree[..open]);
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            // Split at top-level commas.
            let mut depth = 0;
            let mut start = 0;
            for (index, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&head, &inner[start..index], out);
                        start = index + 1;
                    }
                    _ => {}
                }
            }
            expand(&head, &inner[start..], out);
        } else if !tree.is_empty() {
            let name = tree.split(" as ").next().unwrap_or(tree).trim();
            let path = format!("{prefix}{name}");
            out.push(path.trim_end_matches("::self").to_owned());
        }
    }
    let mut out = Vec::new();
    expand("", declaration, &mut out);
    out
}

/// The `crate::`, `super::` and `self::` paths of a file's code.
fn imported_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    // `use …;` declarations, which may span lines and hold groups.
    while let Some(start) = rest.find("use ") {
        let before_ok = start == 0
            || rest[..start].ends_with(['\n', ' ', '\t', '{', ';'])
            || rest[..start].ends_with("pub ")
            || rest[..start].ends_with("pub(crate) ")
            || rest[..start].ends_with("pub(super) ");
        let after = &rest[start + 4..];
        let Some(end) = after.find(';') else {
            break;
        };
        if before_ok {
            paths.extend(use_paths(&after[..end]));
        }
        rest = &after[end..];
    }
    // Paths written in place: `crate::model::format::euro(…)`.
    for prefix in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(start) = rest.find(prefix) {
            let path: String = rest[start..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(path.trim_end_matches(':').to_owned());
            rest = &rest[start + prefix.len()..];
        }
    }
    paths
}

/// The module a path names, as a path from the crate root.
fn absolute(path: &str, me: &ModulePath) -> Option<ModulePath> {
    let mut parts = path.split("::").filter(|p| !p.is_empty());
    let first = parts.next()?;
    // Inside `a/b.rs` (module a::b) `super` is `a`; inside `a/mod.rs` (module a) it is the root.
    let mut base: ModulePath = match first {
        "crate" => Vec::new(),
        "self" => me.clone(),
        "super" => {
            let mut base = me.clone();
            base.pop();
            base
        }
        _ => return None,
    };
    for part in parts {
        if part == "super" {
            base.pop();
        } else {
            base.push(part.to_owned());
        }
    }
    Some(base)
}

struct Crate {
    /// Module path → file.
    files: BTreeMap<ModulePath, PathBuf>,
    /// File → the files it imports.
    imports: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

fn read_crate() -> Crate {
    let src = root().join("src");
    let mut found = Vec::new();
    rust_files(&src, &mut found);
    let files: BTreeMap<ModulePath, PathBuf> = found
        .iter()
        .map(|file| (module_path(&src, file), file.clone()))
        .collect();
    let mut imports = BTreeMap::new();
    for (me, file) in &files {
        let code = without_tests(&std::fs::read_to_string(file).unwrap());
        let mut targets = BTreeSet::new();
        for path in imported_paths(&code) {
            let Some(mut target) = absolute(&path, me) else {
                continue;
            };
            // The longest prefix that is a file of the crate.
            while !target.is_empty() && !files.contains_key(&target) {
                target.pop();
            }
            if let Some(target_file) = files.get(&target)
                && target_file != file
                && !target.is_empty()
            {
                targets.insert(target_file.clone());
            }
        }
        imports.insert(file.clone(), targets);
    }
    Crate { files, imports }
}

/// The layer of a module: the index of the deepest layer that starts its path.
fn rank(layers: &[ModulePath], module: &ModulePath) -> Option<usize> {
    layers
        .iter()
        .enumerate()
        .filter(|(_, layer)| module.starts_with(layer))
        .max_by_key(|(_, layer)| layer.len())
        .map(|(index, _)| index)
}

fn module_of<'a>(krate: &'a Crate, file: &Path) -> &'a ModulePath {
    krate
        .files
        .iter()
        .find(|(_, f)| f.as_path() == file)
        .map(|(m, _)| m)
        .unwrap()
}

/// Imports that run up the layers, as "a.rs → b.rs (layer x above y)".
fn upward_imports(krate: &Crate, layers: &[ModulePath]) -> Vec<String> {
    let mut upward = Vec::new();
    for (file, targets) in &krate.imports {
        let from = module_of(krate, file);
        let Some(from_rank) = rank(layers, from) else {
            continue;
        };
        for target in targets {
            let to = module_of(krate, target);
            if let Some(to_rank) = rank(layers, to)
                && to_rank > from_rank
            {
                upward.push(format!(
                    "{} imports {} ({} lies above {})",
                    from.join("::"),
                    to.join("::"),
                    layers[to_rank].join("::"),
                    layers[from_rank].join("::")
                ));
            }
        }
    }
    upward
}

/// Groups of files that import each other, directly or round about (Tarjan).
fn cycles(krate: &Crate) -> Vec<Vec<String>> {
    struct Search<'a> {
        imports: &'a BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        index: BTreeMap<&'a Path, usize>,
        low: BTreeMap<&'a Path, usize>,
        stack: Vec<&'a Path>,
        found: Vec<Vec<&'a Path>>,
    }
    fn visit<'a>(search: &mut Search<'a>, file: &'a Path) {
        let number = search.index.len();
        search.index.insert(file, number);
        search.low.insert(file, number);
        search.stack.push(file);
        let imports = search.imports;
        for target in imports.get(file).into_iter().flatten() {
            let target = target.as_path();
            if !search.index.contains_key(target) {
                visit(search, target);
                let low = search.low[target].min(search.low[file]);
                search.low.insert(file, low);
            } else if search.stack.contains(&target) {
                let low = search.index[target].min(search.low[file]);
                search.low.insert(file, low);
            }
        }
        if search.low[file] == search.index[file] {
            let mut group = Vec::new();
            while let Some(member) = search.stack.pop() {
                group.push(member);
                if member == file {
                    break;
                }
            }
            if group.len() > 1 {
                search.found.push(group);
            }
        }
    }
    let mut search = Search {
        imports: &krate.imports,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for file in krate.imports.keys() {
        if !search.index.contains_key(file.as_path()) {
            visit(&mut search, file);
        }
    }
    search
        .found
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|file| module_of(krate, file).join("::"))
                .collect()
        })
        .collect()
}

#[test]
fn every_file_belongs_to_a_layer() {
    let layers = layers();
    let krate = read_crate();
    let outside: Vec<String> = krate
        .files
        .keys()
        .filter(|module| !module.is_empty() && rank(&layers, module).is_none())
        .map(|module| module.join("::"))
        .collect();
    assert!(
        outside.is_empty(),
        "not in any layer of ARCHITECTURE.md: {outside:?}"
    );
}

#[test]
fn imports_only_look_down_the_layers() {
    let layers = layers();
    let krate = read_crate();
    assert!(
        krate.imports.values().map(BTreeSet::len).sum::<usize>() > 100,
        "the imports were not found"
    );
    let upward = upward_imports(&krate, &layers);
    assert!(
        upward.is_empty(),
        "imports up the layers:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_two_modules_import_each_other() {
    let krate = read_crate();
    let found = cycles(&krate);
    assert!(found.is_empty(), "import cycles: {found:?}");
}

#[test]
fn the_import_reader_understands_groups_super_and_tests() {
    let paths = use_paths("crate::model::{Dataset, format::{self, euro}, Unit as U}");
    assert_eq!(
        paths,
        [
            "crate::model::Dataset",
            "crate::model::format",
            "crate::model::format::euro",
            "crate::model::Unit"
        ]
    );
    let me: ModulePath = vec!["ui".into(), "wijken".into(), "tile_map".into()];
    assert_eq!(
        absolute("super::map_style::MapStyle", &me),
        Some(vec![
            "ui".into(),
            "wijken".into(),
            "map_style".into(),
            "MapStyle".into()
        ])
    );
    let code = "use crate::a;\n#[cfg(test)]\nmod tests {\n    use crate::app::X;\n}\nfn f() { crate::b::c(); }";
    let kept = without_tests(code);
    assert!(!kept.contains("crate::app"), "{kept}");
    let found = imported_paths(&kept);
    assert!(found.contains(&"crate::a".to_owned()) && found.contains(&"crate::b::c".to_owned()));
    // A made-up upward import is found: model importing ui.
    let layers = vec![vec!["model".to_owned()], vec!["ui".to_owned()]];
    let krate = Crate {
        files: BTreeMap::from([
            (vec!["model".to_owned()], PathBuf::from("model.rs")),
            (vec!["ui".to_owned()], PathBuf::from("ui.rs")),
        ]),
        imports: BTreeMap::from([
            (
                PathBuf::from("model.rs"),
                BTreeSet::from([PathBuf::from("ui.rs")]),
            ),
            (
                PathBuf::from("ui.rs"),
                BTreeSet::from([PathBuf::from("model.rs")]),
            ),
        ]),
    };
    assert_eq!(upward_imports(&krate, &layers).len(), 1);
    assert_eq!(cycles(&krate).len(), 1);
}
