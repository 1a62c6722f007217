//! localStorage behind a small module of ours: probed before use, namespaced, versioned.
//!
//! gloo's `LocalStorage` throws out of wasm when storage is blocked, so `window.localStorage`
//! is probed with web-sys first; when it can't even be read, nothing here touches storage again.

// The team page keeps one list (read and save); the rest is the widget's.
#![cfg_attr(not(feature = "widget"), allow(dead_code))]

use gloo_storage::{LocalStorage, Storage};

use crate::core::stored::backup_key;

/// Why storage could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("localStorage is not available here")]
    Unavailable,
    #[error("localStorage refused the write: {0}")]
    Write(String),
}

/// Names a storage exception (such as `QuotaExceededError`) without formatting the whole value.
fn describe(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Our probe key: written and removed once at start.
const PROBE_KEY: &str = "context-check:probe";

/// The widget's storage slot.
#[derive(Debug, Clone)]
pub struct Store {
    key: String,
    available: bool,
}

fn probe() -> Result<(), StoreError> {
    let storage = web_sys::window()
        .ok_or(StoreError::Unavailable)?
        .local_storage()
        .map_err(|_| StoreError::Unavailable)?
        .ok_or(StoreError::Unavailable)?;
    storage.get_item(PROBE_KEY).map_err(|_| StoreError::Unavailable)?;
    // A write may fail for want of space (old Safari's private mode, a host page that filled the
    // quota) while reads work: storage stays in use, and every save tries again.
    if storage.set_item(PROBE_KEY, "1").is_ok() {
        let _ = storage.remove_item(PROBE_KEY);
    }
    Ok(())
}

impl Store {
    /// Opens the slot under `key`, probing storage once.
    pub fn open(key: String) -> Self {
        let available = probe().is_ok();
        Self { key, available }
    }

    /// The key this slot reads and writes.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Stops all further reads and writes, for data this version must not touch.
    pub fn detach(&mut self) {
        self.available = false;
    }

    /// What is stored, as it is stored (the core reads it).
    pub fn read(&self) -> Result<Option<String>, StoreError> {
        if !self.available {
            return Err(StoreError::Unavailable);
        }
        LocalStorage::raw().get_item(&self.key).map_err(|_| StoreError::Unavailable)
    }

    /// Moves unreadable data out of the way, keeping a copy under the backup key.
    pub fn set_aside(&self) -> Result<(), StoreError> {
        if !self.available {
            return Err(StoreError::Unavailable);
        }
        let storage = LocalStorage::raw();
        let raw = storage.get_item(&self.key).map_err(|_| StoreError::Unavailable)?;
        if let Some(raw) = raw {
            storage.set_item(&backup_key(&self.key), &raw).map_err(|e| StoreError::Write(describe(&e)))?;
        }
        storage.remove_item(&self.key).map_err(|e| StoreError::Write(describe(&e)))
    }

    /// Writes the stored document (encoded by the core's `stored::encode`).
    pub fn save(&self, document: &str) -> Result<(), StoreError> {
        if !self.available {
            return Err(StoreError::Unavailable);
        }
        LocalStorage::raw().set_item(&self.key, document).map_err(|e| StoreError::Write(describe(&e)))
    }

    /// Removes the saved session (when there is nothing left to keep), leaving any set-aside data.
    pub fn remove(&self) -> Result<(), StoreError> {
        self.remove_keys(std::slice::from_ref(&self.key))
    }

    /// Removes everything this widget stored (its key and its backup), and nothing else.
    pub fn erase(&self) -> Result<(), StoreError> {
        self.remove_keys(&[self.key.clone(), backup_key(&self.key)])
    }

    fn remove_keys(&self, keys: &[String]) -> Result<(), StoreError> {
        if !self.available {
            return Err(StoreError::Unavailable);
        }
        let storage = LocalStorage::raw();
        for key in keys {
            storage.remove_item(key).map_err(|e| StoreError::Write(describe(&e)))?;
        }
        Ok(())
    }
}

/// Listens for changes another tab makes to `key`; `changed` gets the new value (`None` when it
/// was removed). Returns what removes the listener.
pub fn on_change_elsewhere(key: String, changed: impl Fn(Option<String>) + 'static) -> impl FnOnce() {
    use wasm_bindgen::JsCast;
    let handle = leptos::leptos_dom::helpers::window_event_listener_untyped("storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
        // `key` is null when another tab cleared all of storage.
        if event.key().is_none_or(|k| k == key) {
            changed(event.new_value().filter(|_| event.key().is_some()));
        }
    });
    move || handle.remove()
}
