use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A byte-progress bar fed by an atomic counter the importer updates; hidden when stderr is
/// not a terminal so logs and CI output stay clean.
pub struct FileProgress {
    bar: ProgressBar,
    task: tokio::task::JoinHandle<()>,
}

impl FileProgress {
    pub fn start(lang: i18n::Lang, label: &str, total: u64, counter: Arc<AtomicU64>) -> FileProgress {
        let bar = ProgressBar::with_draw_target(Some(total), target());
        // The words around indicatif's fields come from the catalogue; `{{`…`}}` stay fields.
        let eta = i18n::text(lang, "cli-progress-eta").replace(['{', '}'], "");
        let template = format!("{{msg:>14}} [{{bar:30}}] {{bytes}}/{{total_bytes}} {{bytes_per_sec}} {eta} {{eta}}");
        bar.set_style(ProgressStyle::with_template(&template).expect("fields are fixed, the word has no braces").progress_chars("=> "));
        bar.set_message(label.to_string());
        let b = bar.clone();
        let task = tokio::spawn(async move {
            loop {
                b.set_position(counter.load(Ordering::Relaxed));
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
        FileProgress { bar, task }
    }

    pub fn finish(self) {
        self.task.abort();
        self.bar.finish_and_clear();
    }
}

/// A counting bar ("12/300 decks"), hidden off a terminal like the others.
pub fn counter(label: &str, total: u64) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(total), target());
    bar.set_style(ProgressStyle::with_template("{msg:>8} [{bar:30}] {pos}/{len} eta {eta}").expect("static template").progress_chars("=> "));
    bar.set_message(label.to_string());
    bar
}

pub fn spinner(label: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, target());
    bar.set_style(ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("static template"));
    bar.set_message(label.to_string());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

fn target() -> ProgressDrawTarget {
    if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    }
}
