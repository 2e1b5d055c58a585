// The signed-in token, kept in localStorage so a phone stays signed in across visits.
const TokenKey = 'aiothub.token';
const HomeKey = 'aiothub.home';

export const session = {
  get token() { return localStorage.getItem(TokenKey); },
  set token(value) { value ? localStorage.setItem(TokenKey, value) : localStorage.removeItem(TokenKey); },
  get homeId() { return localStorage.getItem(HomeKey); },
  set homeId(value) { value ? localStorage.setItem(HomeKey, value) : localStorage.removeItem(HomeKey); },
  signOut() {
    localStorage.removeItem(TokenKey);
    localStorage.removeItem(HomeKey);
  },
};
