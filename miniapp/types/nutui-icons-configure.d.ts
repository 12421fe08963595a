/** NutUI's icon settings, imported by their own file (the package's index pulls in every icon). */
declare module '@nutui/icons-react-taro/dist/es/icons/configure.js' {
  export { configure } from '@nutui/icons-react-taro'
}
