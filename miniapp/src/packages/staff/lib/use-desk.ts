/** The mini-program is a phone: its staff pages keep the phone layout (see `use-desk.h5.ts`). */
export function useDesk(): boolean {
  return false
}

/** The mini-program has no `<html>` to mark (see `use-desk.h5.ts`). */
export function useDeskRoot(): void {}
