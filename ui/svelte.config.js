// Svelte compiler options; defaults are what we want.
export default {};
